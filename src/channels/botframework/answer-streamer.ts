import { ActivityTypes, type Activity } from 'botbuilder';
import type { Language } from '../../core/ask-context.js';
import { SEARCHING, type AnswerProgress } from '../../generation/answer-progress.js';

/** Sends one interim activity and returns the id the channel gave it. */
export type SendInterim = (activity: Partial<Activity>) => Promise<string | undefined> | string | undefined;

type StreamType = 'informative' | 'streaming';

/** `streaminfo` as both Web Chat 4.18 (channelData) and Teams / newer clients (an entity) read it. */
function streamInfo(streamType: StreamType | 'final', streamId: string | undefined, streamSequence?: number) {
  const info = { streamType, ...(streamSequence === undefined ? {} : { streamSequence }), ...(streamId ? { streamId } : {}) };
  return { channelData: info, entity: { type: 'streaminfo', ...info } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A generated answer shown as it is made, by the livestreaming protocol of Web Chat (4.17+) and Teams: typing
 * activities carrying `streamType` informative then streaming, an increasing `streamSequence` and, after the first,
 * `streamId` = the first activity's id; the answer's message then closes the stream (`streamType: final`). Each
 * update carries the whole text so far (a later one replaces an earlier one), so a lost or coalesced update costs
 * nothing. Updates closer than `minGapMs` are coalesced (Teams throttles a stream to about one a second).
 */
export class AnswerStreamer implements AnswerProgress {
  private sequence = 0;
  private streamId: string | undefined;
  private latest: { type: StreamType; text: string } | null = null;
  private flushing: Promise<void> | null = null;
  private lastSent = 0;
  private closed = false;

  constructor(
    private readonly send: SendInterim,
    private readonly minGapMs = 0,
  ) {}

  informative(language: Language): void {
    this.enqueue('informative', SEARCHING[language]);
  }

  partial(text: string): void {
    this.enqueue('streaming', text);
  }

  /** Stops sending updates; resolves with the stream's id once the last one in flight is sent (none if never started). */
  async close(): Promise<string | undefined> {
    this.closed = true;
    this.latest = null;
    while (this.flushing) await this.flushing;
    return this.streamId;
  }

  /** The answer's message as the end of the stream (unchanged when no stream was started). */
  static final(message: Partial<Activity>, streamId: string | undefined): Partial<Activity> {
    if (!streamId) return message;
    const { channelData, entity } = streamInfo('final', streamId);
    return {
      ...message,
      channelData: { ...(message.channelData as Record<string, unknown> | undefined), ...channelData },
      entities: [...(message.entities ?? []), entity as never],
    };
  }

  private enqueue(type: StreamType, text: string): void {
    if (this.closed) return;
    this.latest = { type, text };
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
      if (this.latest && !this.closed) this.enqueue(this.latest.type, this.latest.text);
    });
  }

  private async flush(): Promise<void> {
    const wait = this.lastSent + this.minGapMs - Date.now();
    if (wait > 0) await sleep(wait);
    const next = this.latest;
    this.latest = null;
    if (!next || this.closed) return;
    this.sequence += 1;
    const { channelData, entity } = streamInfo(next.type, this.streamId, this.sequence);
    try {
      const id = await this.send({ type: ActivityTypes.Typing, text: next.text, channelData, entities: [entity as never] });
      this.streamId ??= id;
      // A channel that gives no id cannot stream: the answer comes whole.
      if (!this.streamId) this.closed = true;
    } catch {
      this.closed = true;
    }
    this.lastSent = Date.now();
  }
}
