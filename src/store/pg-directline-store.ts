import type { Activity } from 'botbuilder';
import { DEFAULT_LIMITS, type RegistryLimits } from '../channels/directline/conversation-registry.js';
import {
  activityIdAt,
  type AppendResult,
  type ConversationRecord,
  type DirectLineStore,
  type RemoteNotice,
} from '../channels/directline/directline-store.js';
import { AppError } from '../core/errors.js';
import type { PgDatabase } from './pg-database.js';
import { CHANNELS, MAX_PAYLOAD_BYTES, type Notice, type PgNotifier } from './pg-notifier.js';

/** A conversation found is kept alive; its expiry is pushed back at most once a minute, not on every poll. */
const TOUCH_SLACK_MS = 60_000;

/** The conversations among `$1` that are kept, pushing back the expiry of those whose expiry is over a minute old. */
const FIND = `WITH found AS (
    SELECT id, user_id, expires_at FROM directline_conversations WHERE id = ANY($1::text[]) AND expires_at > now()
  ), touched AS (
    UPDATE directline_conversations c SET expires_at = now() + $2 * interval '1 millisecond'
    FROM found WHERE c.id = found.id AND found.expires_at < now() + ($2 - ${TOUCH_SLACK_MS}) * interval '1 millisecond'
  )
  SELECT id, user_id FROM found`;

/**
 * Drops the oldest activities of `$1` while it is over `$2` activities or `$3` bytes, always keeping the newest:
 * row `rn` (1 = newest) goes when the newest `rn` rows are too many or too large.
 */
const TRIM = `DELETE FROM directline_activities WHERE conversation_id = $1 AND seq <= (
    SELECT MAX(seq) FROM (
      SELECT seq, ROW_NUMBER() OVER w AS rn, SUM(size) OVER w AS bytes
      FROM directline_activities WHERE conversation_id = $1
      WINDOW w AS (ORDER BY seq DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ) newest WHERE rn > 1 AND (rn > $2 OR bytes > $3))`;

/**
 * The built-in Direct Line's conversations and activities in PostgreSQL, shared by every instance.
 *
 * - Watermarks are assigned by the database: appending locks the conversation's row and moves its `next_seq`, so
 *   two instances appending to one conversation at once get consecutive, distinct positions, and a client's
 *   watermark means the same on every instance.
 * - An append is one transaction: the position, the activities, the trim to the per-conversation bounds (200
 *   activities, 128 KB) and a `NOTIFY` to the other instances, delivered when it commits — so a stream on another
 *   instance reads activities that are there.
 * - No bound on the number of conversations: an idle one expires (`expires_at`, pushed back as it is used, at most
 *   once a minute) and the periodic sweep deletes it with its activities.
 */
export class PgDirectLineStore implements DirectLineStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly notifier: PgNotifier,
    private readonly limits: RegistryLimits = DEFAULT_LIMITS,
  ) {}

  async open(id: string, userId: string): Promise<boolean> {
    // An expired conversation with this id (a token refreshed past the idle limit) starts again from watermark 0.
    await this.db.query('DELETE FROM directline_conversations WHERE id = $1 AND expires_at <= now()', [id]);
    const result = await this.db.query(
      `INSERT INTO directline_conversations (id, user_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (id) DO NOTHING`,
      [id, userId, this.limits.idleMs],
    );
    return result.rowCount === 1;
  }

  async find(id: string): Promise<ConversationRecord | undefined> {
    const { rows } = await this.db.query<{ id: string; user_id: string }>(FIND, [[id], this.limits.idleMs]);
    return rows[0] ? { id: rows[0].id, userId: rows[0].user_id } : undefined;
  }

  async alive(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { rows } = await this.db.query<{ id: string }>(FIND, [ids, this.limits.idleMs]);
    return new Set(rows.map((row) => row.id));
  }

  async append(id: string, activities: Partial<Activity>[], transient: Partial<Activity>[] = []): Promise<AppendResult> {
    if (activities.length === 0) throw new Error('append needs at least one activity');
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ next_seq: number }>(
        `UPDATE directline_conversations SET next_seq = next_seq + $2, expires_at = now() + $3 * interval '1 millisecond'
         WHERE id = $1 AND expires_at > now() RETURNING next_seq`,
        [id, activities.length, this.limits.idleMs],
      );
      if (!rows[0]) throw new AppError('not_found', 'no such conversation (never started, or expired): start a new one');
      const to = rows[0].next_seq;
      const from = to - activities.length;
      const kept = activities.map((activity, i) => (activity.id ? activity : { ...activity, id: activityIdAt(id, from + i + 1) }));
      const bodies = kept.map((activity) => JSON.stringify(activity));
      await client.query(
        `INSERT INTO directline_activities (conversation_id, seq, size, body)
         SELECT $1, $2 + t.ord, t.size, t.body::json FROM unnest($3::int[], $4::text[]) WITH ORDINALITY AS t(size, body, ord)`,
        [id, from, bodies.map((body) => Buffer.byteLength(body)), bodies],
      );
      await client.query(TRIM, [id, this.limits.maxActivities, this.limits.maxBytes]);
      await client.query('SELECT pg_notify($1, $2)', [CHANNELS.directLine, this.payload(id, { f: from, t: to }, transient)]);
      return { from, to, activities: kept };
    });
  }

  async announce(id: string, transient: Partial<Activity>[]): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [CHANNELS.directLine, this.payload(id, {}, transient)]);
  }

  async since(id: string, watermark: number | undefined): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    // One statement, one snapshot: the end watermark and the activities agree.
    const { rows } = await this.db.query<{ next_seq: number; body: Partial<Activity> | null }>(
      `SELECT c.next_seq, a.body FROM directline_conversations c
       LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.seq > $2
       WHERE c.id = $1 ORDER BY a.seq`,
      [id, watermark ?? 0],
    );
    if (rows.length === 0) return { activities: [], watermark: watermark ?? 0 };
    return { activities: rows.flatMap((row) => (row.body ? [row.body] : [])), watermark: rows[0]!.next_seq };
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM directline_conversations WHERE expires_at > now()');
    return rows[0]!.n;
  }

  onRemote(listener: (notice: RemoteNotice | undefined) => void): void {
    this.notifier.on(CHANNELS.directLine, (notice: Notice) => {
      if (typeof notice.c !== 'string') return;
      const range = typeof notice.f === 'number' && typeof notice.t === 'number' ? { from: notice.f, to: notice.t } : undefined;
      listener({ conversationId: notice.c, ...(range ? { range } : {}), transient: Array.isArray(notice.x) ? (notice.x as Partial<Activity>[]) : [] });
    });
    this.notifier.onResync(() => listener(undefined));
  }

  /** The notice of this append; typing indicators ride along when they fit in a notification. */
  private payload(id: string, range: { f?: number; t?: number }, transient: Partial<Activity>[]): string {
    const withTyping = this.notifier.payload({ c: id, ...range, ...(transient.length ? { x: transient } : {}) });
    return Buffer.byteLength(withTyping) <= MAX_PAYLOAD_BYTES ? withTyping : this.notifier.payload({ c: id, ...range });
  }
}
