import type { Logger } from '../logging/logger.js';
import { MIGRATIONS } from './migrations/index.js';
import { PgAnswerMemory } from './pg-answer-memory.js';
import { PgConversationStore } from './pg-conversation-store.js';
import { PgDatabase, redactDatabaseUrl, type PgDatabaseOptions } from './pg-database.js';
import { PgDirectLineStore } from './pg-directline-store.js';
import { PgFeedbackStore } from './pg-feedback-store.js';
import { applyPgMigrations } from './pg-migrate.js';
import { PgNotifier } from './pg-notifier.js';
import { PgRateBuckets } from './pg-rate-buckets.js';
import { PgReviewStore } from './pg-review-store.js';
import { PgStorage } from './pg-storage.js';
import { PgUnansweredStore } from './pg-unanswered-store.js';
import type { Stores } from './sqlite-stores.js';

/** Tables whose rows expire, swept by {@link sweepExpired}. Direct Line activities go with their conversation. */
const EXPIRING = ['bot_state', 'ask_conversations', 'answer_memory', 'directline_conversations', 'rate_buckets'] as const;

/** Key of the advisory lock that lets one instance at a time sweep. */
const SWEEP_LOCK = 4_216_002;

export interface PgStoresOptions extends PgDatabaseOptions {
  /** Interval of the sweep of expired rows (ms); 0 = never (tests call {@link sweepExpired}). */
  sweepMs?: number;
}

/** The PostgreSQL stores: the durable ones plus the shared state, with their database. */
export interface PgStores extends Stores {
  db: PgDatabase;
  close(): Promise<void>;
}

/** A start-up failure that names the setting to fix. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

/**
 * Connects to `url`, brings the schema up to date (the numbered migrations, shared with SQLite), opens the
 * notification connection and builds every store on them. Throws a {@link DatabaseStartError} naming `DATABASE_URL`
 * when the server cannot be reached or refuses the connection, so the process stops with one clear line.
 */
export async function openPostgresStores(url: string, logger: Logger, options: PgStoresOptions = {}): Promise<PgStores> {
  const db = new PgDatabase(url, logger, options);
  const notifier = new PgNotifier(url, logger);
  try {
    await db.connect();
    await applyPgMigrations(db.pool, MIGRATIONS);
    await notifier.start();
  } catch (error) {
    await notifier.close();
    await db.close();
    const reason = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
    throw new DatabaseStartError(`DATABASE_URL: cannot use the database at ${redactDatabaseUrl(url)}: ${reason}`);
  }
  const reviews = new PgReviewStore(db, notifier);
  const sweepMs = options.sweepMs ?? 60_000;
  const timer = sweepMs > 0 ? setInterval(() => void sweepExpired(db).catch((error: unknown) => logger.warn({ err: error }, 'sweep of expired rows failed')), sweepMs) : undefined;
  timer?.unref();
  return {
    db,
    feedback: new PgFeedbackStore(db),
    reviews,
    unanswered: new PgUnansweredStore(db),
    shared: {
      storage: new PgStorage(db),
      conversations: new PgConversationStore(db),
      answers: new PgAnswerMemory(db, logger),
      directLine: new PgDirectLineStore(db, notifier),
      buckets: new PgRateBuckets(db, logger).factory,
      health: db,
      onReviewsChanged: (listener) => reviews.onExternalChange(listener),
    },
    async close() {
      clearInterval(timer);
      await notifier.close();
      await db.close();
    },
  };
}

/**
 * Deletes expired conversations, states, remembered answers and buckets (`expires_at` is indexed). Every instance
 * runs it periodically; an advisory lock lets one of them at a time do the work. Returns the rows deleted per table,
 * or `undefined` when another instance was sweeping.
 */
export async function sweepExpired(db: PgDatabase): Promise<Record<string, number> | undefined> {
  return db.transaction(async (client) => {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [SWEEP_LOCK]);
    if (!rows[0]?.locked) return undefined;
    const deleted: Record<string, number> = {};
    for (const table of EXPIRING) deleted[table] = (await client.query(`DELETE FROM ${table} WHERE expires_at < now()`)).rowCount ?? 0;
    return deleted;
  });
}
