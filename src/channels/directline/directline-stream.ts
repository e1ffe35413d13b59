import type { Activity } from 'botbuilder';
import type { WebSocket } from 'ws';
import type { DirectLineService, StreamCredential } from './directline-service.js';

export interface StreamHubOptions {
  /** Interval of the keep-alive (an empty message and a ping); a socket that missed the last pong is dropped. */
  keepAliveMs?: number;
  /** Streams open at once on one conversation; a newer one closes the oldest (a reconnect replacing a dead socket). */
  maxPerConversation?: number;
  /** Unsent bytes a socket may pile up (a client that stopped reading) before it is dropped. */
  maxBufferedBytes?: number;
}

/** What a stream sends: Direct Line's ActivitySet. */
interface ActivitySet {
  activities: Partial<Activity>[];
  watermark: string;
}

/**
 * The WebSocket side of the built-in Direct Line (`streamUrl`): each accepted socket gets the activities after its
 * watermark, then every activity as it arrives, as `{"activities":[…],"watermark":"…"}` messages, and an empty
 * message every `keepAliveMs` (Direct Line's keep-alive, which clients ignore). Messages from the client (DirectLineJS
 * pings with empty strings) are ignored: activities are posted over HTTP. A socket is closed when its conversation
 * is forgotten, so the client reconnects and learns the conversation ended.
 */
export class DirectLineStreamHub {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly answered = new WeakSet<WebSocket>();
  private readonly timer: NodeJS.Timeout;
  private readonly maxPerConversation: number;
  private readonly maxBufferedBytes: number;
  private checking = false;

  constructor(
    private readonly service: DirectLineService,
    options: StreamHubOptions = {},
  ) {
    this.maxPerConversation = options.maxPerConversation ?? 2;
    this.maxBufferedBytes = options.maxBufferedBytes ?? 1024 * 1024;
    this.timer = setInterval(() => void this.keepAlive(), options.keepAliveMs ?? 15_000);
    this.timer.unref();
  }

  /**
   * Serves an accepted WebSocket for the conversation. The credential was checked at the upgrade; it is checked
   * again here (it may have expired in between), and a refusal closes the socket with code 1008 and the reason.
   */
  async attach(ws: WebSocket, credential: StreamCredential, conversationId: string, watermark: string | undefined): Promise<void> {
    let closedEarly = false;
    ws.once('close', () => (closedEarly = true));
    ws.on('error', () => ws.terminate());
    let stream: Awaited<ReturnType<DirectLineService['openStream']>>;
    try {
      // The backlog goes first, through the same listener as what follows.
      stream = await this.service.openStream(credential, conversationId, watermark, (activities, end) => this.send(ws, { activities, watermark: String(end) }));
    } catch (error) {
      ws.close(1008, (error as Error).message.slice(0, 120));
      return;
    }
    if (closedEarly) {
      stream.close();
      return;
    }
    const open = this.sockets.get(conversationId) ?? new Set<WebSocket>();
    this.sockets.set(conversationId, open);
    open.add(ws);
    for (const older of open) {
      if (open.size <= this.maxPerConversation) break;
      open.delete(older);
      older.close(1000, 'replaced by a newer stream of this conversation');
    }
    this.answered.add(ws);
    ws.on('pong', () => this.answered.add(ws));
    ws.on('message', () => undefined);
    ws.on('close', () => {
      stream.close();
      open.delete(ws);
      if (open.size === 0 && this.sockets.get(conversationId) === open) this.sockets.delete(conversationId);
    });
  }

  /** Streams open now. */
  get size(): number {
    let count = 0;
    for (const open of this.sockets.values()) count += open.size;
    return count;
  }

  /** Drops every socket (server shutdown). */
  close(): void {
    clearInterval(this.timer);
    for (const open of this.sockets.values()) for (const ws of open) ws.terminate();
    this.sockets.clear();
  }

  private send(ws: WebSocket, set: ActivitySet): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(set));
  }

  private async keepAlive(): Promise<void> {
    if (this.checking || this.sockets.size === 0) return;
    this.checking = true;
    let alive: Set<string>;
    try {
      // One look-up for every open stream; an unreachable store ends no conversation.
      alive = await this.service.aliveConversations([...this.sockets.keys()]).catch(() => new Set(this.sockets.keys()));
    } finally {
      this.checking = false;
    }
    for (const [conversationId, open] of this.sockets) {
      for (const ws of open) {
        if (!alive.has(conversationId)) {
          ws.close(1000, 'conversation ended');
        } else if (!this.answered.has(ws)) {
          ws.terminate();
        } else {
          this.answered.delete(ws);
          ws.ping();
          if (ws.readyState === ws.OPEN) ws.send('');
        }
      }
    }
  }
}
