import pg from 'pg';
import { AppError } from '../core/errors.js';
import type { Logger } from '../logging/logger.js';

export type PgClient = pg.PoolClient;
export type QueryParams = unknown[];

export interface PgDatabaseOptions {
  /** Connections in the pool (per instance). */
  poolSize?: number;
  /** How long a request waits for a connection, or a new connection for the server (ms). */
  connectTimeoutMs?: number;
  /** Longest a statement may run on the server (ms). */
  statementTimeoutMs?: number;
  /** Interval of the health probe while the database answers, and while it does not (ms). */
  probeMs?: number;
  downProbeMs?: number;
}

/** What readiness needs to know of the database. */
export interface DatabaseHealth {
  readonly up: boolean;
}

/** Server error classes and socket errors that mean "the database cannot be reached now", not "this query is wrong". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '08000', '08001', '08003', '08004', '08006', '08P01',
]);
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Client was closed|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Errors of a reachable server worth retrying: a statement cancelled by its timeout (an overloaded server), a
 * deadlock or serialization failure, a lock not granted. The request gets 503 with Retry-After; the database is not
 * marked down for it.
 */
const TRANSIENT_CODES = new Set(['57014', '40001', '40P01', '55P03']);
const TRANSIENT_MESSAGES = /Query read timeout/i;

export function isTransientError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && TRANSIENT_CODES.has(code)) || TRANSIENT_MESSAGES.test(error.message);
}

/** Whether `error` says the server is unreachable (as opposed to a bad statement). */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(error.message);
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: what a log or an error may show of the URL. */
export function redactDatabaseUrl(url: string): string {
  // Not `new URL`: a socket URL (`postgres://user:secret@/db?host=/var/run/postgresql`) has no host and would not parse.
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1@');
}

/** The answer every store gives while the database cannot be reached: 503 with Retry-After, and the client retries. */
export function databaseUnavailable(): AppError {
  return new AppError('not_ready', 'the database is unreachable; retry shortly');
}

/**
 * The service's PostgreSQL pool, watched. A statement that fails because the server is unreachable marks the
 * database down (logged once) and becomes a `not_ready` error, which every route answers with 503 and
 * `Retry-After`; while down, statements fail at once instead of queueing, and a probe (`SELECT 1`) every
 * `downProbeMs` brings the database back up by itself. While up, the probe runs every `probeMs`, so `/readyz`
 * notices an outage even without traffic. Idle connections the server drops are replaced by the pool.
 */
export class PgDatabase implements DatabaseHealth {
  readonly pool: pg.Pool;
  private healthy = true;
  private downSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly probeMs: number;
  private readonly downProbeMs: number;
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(
    readonly url: string,
    private readonly logger: Logger,
    options: PgDatabaseOptions = {},
  ) {
    const connectTimeout = options.connectTimeoutMs ?? 3_000;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: connectTimeout,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      // Client-side bound too: a server that stops answering mid-statement must not hold a request forever.
      query_timeout: (options.statementTimeoutMs ?? 10_000) + connectTimeout,
      application_name: 'cnam-territoires',
    });
    // An idle connection the server closes (restart, failover) is an event, not a crash.
    this.pool.on('error', (error) => {
      this.logger.warn({ err: error }, 'an idle database connection was closed');
    });
    this.probeMs = options.probeMs ?? 2_000;
    this.downProbeMs = options.downProbeMs ?? 500;
  }

  get up(): boolean {
    return this.healthy;
  }

  /** Called with the new state when the database goes down or comes back. */
  onHealthChange(listener: (up: boolean) => void): void {
    this.listeners.add(listener);
  }

  /**
   * One statement on a pooled connection. A `name` makes it a prepared statement, parsed and planned once per
   * connection: for the statements every request runs.
   */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: QueryParams = [], name?: string): Promise<pg.QueryResult<R>> {
    if (!this.healthy) throw databaseUnavailable();
    try {
      return await this.pool.query<R>(name ? { name, text, values: params } : { text, values: params });
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on error) on one connection. */
  async transaction<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
    if (!this.healthy) throw databaseUnavailable();
    let client: PgClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.translate(error);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = isConnectionError(error);
      if (!broken) await client.query('ROLLBACK').catch(() => undefined);
      throw this.translate(error);
    } finally {
      client.release(broken);
    }
  }

  /** Checks the server answers (start-up); throws the driver's error otherwise. Starts the health probe. */
  async connect(): Promise<void> {
    await this.pool.query('SELECT 1');
    this.schedule(this.probeMs);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.pool.end().catch(() => undefined);
  }

  /**
   * A connection failure marks the database down and becomes a `not_ready` AppError; a transient one becomes
   * `not_ready` too without marking anything; other errors (a bad statement: a bug) pass unchanged.
   */
  private translate(error: unknown): unknown {
    if (error instanceof AppError) return error;
    if (isTransientError(error)) {
      this.logger.warn({ err: error }, 'database statement failed transiently: answering 503');
      return new AppError('not_ready', 'the database is busy; retry shortly');
    }
    if (!isConnectionError(error)) return error;
    this.markDown(error);
    return databaseUnavailable();
  }

  private markDown(error: unknown): void {
    if (!this.healthy || this.closed) return;
    this.healthy = false;
    this.downSince = Date.now();
    this.logger.error({ err: error, database: redactDatabaseUrl(this.url) }, 'database unreachable: answering 503 until it is back');
    this.listeners.forEach((listener) => listener(false));
    this.schedule(this.downProbeMs);
  }

  private markUp(): void {
    if (this.healthy) return;
    this.healthy = true;
    this.logger.info({ downMs: Date.now() - this.downSince, database: redactDatabaseUrl(this.url) }, 'database reachable again');
    this.listeners.forEach((listener) => listener(true));
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probe(), ms);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
      this.markUp();
    } catch (error) {
      if (isConnectionError(error) || (error as Error).message?.includes('timeout')) this.markDown(error);
      else this.logger.warn({ err: error }, 'database health probe failed');
    }
    this.schedule(this.healthy ? this.probeMs : this.downProbeMs);
  }
}
