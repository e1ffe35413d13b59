import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logging/logger.js';

/** Channels the instances talk on. */
export const CHANNELS = {
  /** A Direct Line conversation got activities: `{i, c, f, t, x?}` (instance, conversation, watermarks, typing). */
  directLine: 'cnam_directline',
  /** A review was recorded: reusable answers and answer caches must be re-read. */
  reviews: 'cnam_reviews',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** What a notification carries: the sending instance, then the channel's own fields. */
export interface Notice {
  i: string;
  [field: string]: unknown;
}

/** Largest payload PostgreSQL accepts is 8,000 bytes; above this, optional fields are dropped. */
export const MAX_PAYLOAD_BYTES = 7_500;

/**
 * LISTEN/NOTIFY between instances, on one dedicated connection (outside the pool: a listening connection must stay
 * open). Notifications from this very instance are skipped — it acted on them locally already. When the connection
 * drops it is reopened every second until the server is back, and `onResync` listeners are called: notifications
 * sent meanwhile were lost, so whatever was waiting for them re-reads the database.
 */
export class PgNotifier {
  /** This process's id in notifications. */
  readonly instanceId = randomBytes(6).toString('hex');
  private client: pg.Client | undefined;
  private readonly handlers = new Map<Channel, Set<(notice: Notice) => void>>();
  private readonly resyncs = new Set<() => void>();
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private listening = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Whether notifications are being received now (caches may trust them only then). */
  get connected(): boolean {
    return this.listening;
  }

  on(channel: Channel, handler: (notice: Notice) => void): void {
    const set = this.handlers.get(channel) ?? new Set();
    set.add(handler);
    this.handlers.set(channel, set);
  }

  /** Called after a reconnection, when notifications may have been missed. */
  onResync(listener: () => void): void {
    this.resyncs.add(listener);
  }

  /** The payload of a notification on `channel` with `fields`, for `pg_notify` inside a statement or transaction. */
  payload(fields: Record<string, unknown>): string {
    return JSON.stringify({ i: this.instanceId, ...fields });
  }

  /** Opens the listening connection (start-up: throws when the server cannot be reached). */
  async start(): Promise<void> {
    await this.open();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true, connectionTimeoutMillis: 3_000, application_name: 'cnam-territoires-listen' });
    client.on('notification', (message) => this.dispatch(message.channel as Channel, message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    try {
      await client.connect();
      for (const channel of Object.values(CHANNELS)) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.listening = true;
  }

  private lost(client: pg.Client, error: Error | undefined): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.listening = false;
    this.logger.warn({ err: error }, 'database notifications interrupted; reconnecting');
    void client.end().catch(() => undefined);
    this.reconnectSoon();
  }

  private reconnectSoon(): void {
    if (this.closed) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.open().then(
        () => {
          this.logger.info('database notifications resumed');
          this.resyncs.forEach((listener) => listener());
        },
        () => this.reconnectSoon(),
      );
    }, 1_000);
    this.retry.unref();
  }

  private dispatch(channel: Channel, payload: string | undefined): void {
    let notice: Notice;
    try {
      notice = JSON.parse(payload ?? '') as Notice;
    } catch {
      return;
    }
    if (notice.i === this.instanceId) return;
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(notice);
      } catch (error) {
        this.logger.warn({ err: error, channel }, 'a notification handler failed');
      }
    }
  }
}
