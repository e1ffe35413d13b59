import { ActivityTypes, type Activity } from 'botbuilder';
import type { ActivityListener } from './conversation-registry.js';
import type { DirectLineStore } from './directline-store.js';

/**
 * Something happened in a conversation. This instance's own events carry every activity, in order, kept or not
 * (`activities`); another instance's carry only the range of watermarks it kept (the activities are read from the
 * store) and its transient ones. `resync` = notices may have been missed: re-read the store.
 */
export interface StreamEvent {
  range?: { from: number; to: number };
  activities?: Partial<Activity>[];
  transient?: Partial<Activity>[];
  resync?: boolean;
}

const isTransient = (activity: Partial<Activity>) => activity.type === ActivityTypes.Typing;

/**
 * One open stream's position in its conversation: it has sent everything up to `sent`. An event that continues right
 * where the stream is goes out as it is (the common case, and the only one within one instance); an event past it
 * (another instance's, or one after a gap) makes the cursor read the store from `sent`, so the stream never skips nor
 * repeats a kept activity, whatever the instance that kept it. Events are handled one at a time, in arrival order.
 */
export class StreamCursor {
  private sent = 0;
  private busy = true;
  private closed = false;
  private readonly pending: StreamEvent[] = [];
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: DirectLineStore,
    private readonly conversationId: string,
    private readonly listener: ActivityListener,
  ) {}

  /** Sends the backlog read when the stream opened, then whatever arrived meanwhile. */
  start(backlog: { activities: Partial<Activity>[]; watermark: number }): void {
    if (backlog.activities.length > 0) this.deliver(backlog.activities, backlog.watermark);
    this.sent = backlog.watermark;
    this.idle();
  }

  handle(event: StreamEvent): void {
    if (this.closed) return;
    if (this.busy) {
      this.pending.push(event);
      return;
    }
    const { range } = event;
    if (event.activities) {
      if (!range) return this.deliver(event.activities, this.sent);
      if (range.from === this.sent) {
        this.sent = range.to;
        return this.deliver(event.activities, range.to);
      }
      if (range.to <= this.sent) return this.deliver(event.activities.filter(isTransient), this.sent);
      return this.pull(event.activities.filter(isTransient));
    }
    if (event.resync || (range && range.to > this.sent)) return this.pull(event.transient ?? []);
    this.deliver(event.transient ?? [], this.sent);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
  }

  private deliver(activities: Partial<Activity>[], watermark: number): void {
    if (!this.closed && activities.length > 0) this.listener(activities, watermark);
  }

  /** Reads what the store kept after `sent`, sends it, then `transient`. A failed read is retried every second. */
  private pull(transient: Partial<Activity>[]): void {
    this.busy = true;
    this.store.since(this.conversationId, this.sent).then(
      (page) => {
        if (page.watermark > this.sent) {
          this.deliver(page.activities, page.watermark);
          this.sent = page.watermark;
        }
        this.deliver(transient, this.sent);
        this.idle();
      },
      () => {
        // The store is unreachable: try again shortly; later events wait in order.
        this.retry = setTimeout(() => this.pull(transient), 1_000);
        this.retry.unref();
      },
    );
  }

  private idle(): void {
    this.busy = false;
    while (!this.busy && !this.closed && this.pending.length > 0) this.handle(this.pending.shift()!);
  }
}
