import type { Logger } from '../logging/logger.js';
import type { BucketRule, Buckets, BucketsFactory, TakeResult } from '../server/rate-limit.js';
import type { PgDatabase } from './pg-database.js';

/** Tokens in the bucket after refilling since its last update (the row's old values), capped at the burst. */
const REFILL = `LEAST($2::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at))::float8 * $3::float8)`;

/**
 * One token-bucket step for one key, atomically, in one statement: a new key starts full and spends one token; an
 * existing one is refilled for the time since its update, then spends one token if it has one (`granted`). The row
 * is locked by the upsert, so two instances spending from one bucket at once are applied one after the other and
 * never both take the last token. `expires_at` is when the bucket will be full again: forgetting it from then on
 * changes nothing, so the sweeper deletes it. Timestamps are the database's (`now()`, the statement's start: one
 * value throughout the statement), one clock for every instance; a statement that waited for the lock refills
 * nothing for the wait rather than twice.
 */
const TAKE = `INSERT INTO rate_buckets AS b (key, tokens, granted, updated_at, expires_at)
  VALUES ($1, $2::float8 - 1, true, now(), now() + make_interval(secs => 1 / $3::float8))
  ON CONFLICT (key) DO UPDATE SET
    tokens = ${REFILL} - CASE WHEN ${REFILL} >= 1 THEN 1 ELSE 0 END,
    granted = ${REFILL} >= 1,
    updated_at = GREATEST(b.updated_at, now()),
    expires_at = now() + make_interval(secs => ($2::float8 - (${REFILL} - CASE WHEN ${REFILL} >= 1 THEN 1 ELSE 0 END)) / $3::float8)
  RETURNING tokens, granted`;

/**
 * Rate-limit buckets in PostgreSQL, shared by every instance: a client gets the same allowance however the load
 * balancer spreads its requests. When the database cannot be reached the limiter lets requests through (logged, at
 * most once a minute) rather than refusing everything: the routes that need the database answer 503 by themselves,
 * and the page and widget stay up.
 */
export class PgRateBuckets {
  private lastWarning = 0;

  constructor(
    private readonly db: PgDatabase,
    private readonly logger: Logger,
  ) {}

  /** The buckets of one named limit. */
  readonly factory: BucketsFactory = (name: string, rule: BucketRule): Buckets => ({
    take: (key: string) => this.take(`${name}:${key}`, rule),
  });

  async take(key: string, rule: BucketRule): Promise<TakeResult> {
    const burst = Math.max(1, rule.burst);
    const perSecond = rule.perMinute / 60;
    if (!this.db.up) return this.failOpen(undefined);
    try {
      const { rows } = await this.db.query<{ tokens: number; granted: boolean }>(TAKE, [key, burst, perSecond], 'rate_bucket_take');
      const row = rows[0]!;
      if (row.granted) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / perSecond)) };
    } catch (error) {
      return this.failOpen(error);
    }
  }

  private failOpen(error: unknown): TakeResult {
    const now = Date.now();
    if (now - this.lastWarning > 60_000) {
      this.lastWarning = now;
      this.logger.warn({ err: error }, 'rate limits not applied: the database is unreachable');
    }
    return { ok: true };
  }
}
