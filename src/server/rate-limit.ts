import type { Next, Request, RequestHandler, Response } from 'restify';

/** Token bucket settings: `perMinute` tokens refill per minute, up to `burst` at once. 0 per minute = no limit. */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Most clients tracked at once; idle full buckets are dropped first past it. */
  maxClients?: number;
  /** Trusted reverse proxies appending to X-Forwarded-For (0 = use the socket address). */
  trustProxyHops?: number;
  /** Which requests this limiter counts (default {@link isRateLimited}: the public endpoints). */
  applies?: (method: string, path: string) => boolean;
  /** Where the buckets live: this process's memory by default, the database when instances share the limit. */
  buckets?: Buckets;
}

/** What spending a token says: go ahead, or wait this many seconds. */
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Token buckets of one limit, per key: {@link TokenBuckets} in memory, or one limit of a shared store
 * (`src/store/pg-rate-buckets.ts`) so that every instance spends from the same buckets.
 */
export interface Buckets {
  take(key: string): TakeResult | Promise<TakeResult>;
}

/** The rule of one limit, for a store that keeps the buckets of several limits. */
export interface BucketRule {
  perMinute: number;
  burst: number;
}

/** Makes the buckets of a named limit (names keep limits apart in a shared store). */
export type BucketsFactory = (name: string, rule: BucketRule) => Buckets;

/** Each limit in its own {@link TokenBuckets}, in this process's memory: the embedded default. */
export const memoryBuckets: BucketsFactory = (_name, rule) => new TokenBuckets(rule);

/**
 * The client's address: the socket's, or — behind `hops` trusted proxies — the X-Forwarded-For entry those
 * proxies vouch for (the `hops`-th from the right; entries further left are whatever the client sent).
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const socket = socketAddress ?? 'unknown';
  if (hops <= 0 || !forwardedFor) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? socket;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Per-key token buckets. `take` spends one token, or says how many seconds until one is available. */
export class TokenBuckets implements Buckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly perMs: number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.perMs = options.perMinute / 60_000;
  }

  take(key: string): TakeResult {
    const now = this.now();
    const burst = Math.max(1, this.options.burst);
    const bucket = this.buckets.get(key) ?? { tokens: burst, updated: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evict(now, burst);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Clients currently tracked. */
  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number, burst: number): void {
    const max = this.options.maxClients ?? 50_000;
    if (this.buckets.size <= max) return;
    for (const [key, bucket] of this.buckets) {
      // Oldest first (Map order): a bucket that has refilled since is as good as new, so forgetting it is free.
      if (this.buckets.size <= max) break;
      if (bucket.tokens + (now - bucket.updated) * this.perMs >= burst || this.buckets.size > max * 1.1) this.buckets.delete(key);
    }
  }
}

/**
 * Public, unauthenticated endpoints: the JSON API, Direct Line and its token route, the chat page and widget.
 * Not `/api/messages` (the Bot Framework JWT authenticates it in production), not the agent API (token),
 * not Direct Line's activity polling (`GET …/activities`, once a second per open chat: limited per conversation by
 * the Direct Line routes instead), not CORS preflights.
 */
export function isRateLimited(method: string, path: string): boolean {
  if (method === 'OPTIONS') return false;
  if (path.startsWith('/v3/directline/')) return !(method === 'GET' && /\/conversations\/[^/]+\/activities$/.test(path));
  return path === '/api/ask' || path.startsWith('/api/directline/') || path === '/' || path === '/embed.js' || path.startsWith('/webchat/');
}

/**
 * A restify `pre` handler limiting public endpoints per client IP; over the limit it answers
 * 429 `{"error": {"code": "rate_limited", …}}` with `Retry-After`.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const buckets = options.buckets ?? new TokenBuckets(options);
  return (req: Request, res: Response, next: Next) => {
    if (options.perMinute <= 0) return next();
    const path = (req.url ?? '/').split('?')[0]!;
    if (!(options.applies ?? isRateLimited)(req.method ?? 'GET', path)) return next();
    const answer = (result: TakeResult) => {
      if (result.ok) return next();
      res.header('Retry-After', String(result.retryAfterSeconds));
      res.status(429);
      res.json({
        error: {
          code: 'rate_limited',
          message: `too many requests: retry in ${result.retryAfterSeconds} s`,
          details: { retryAfterSeconds: result.retryAfterSeconds },
        },
      });
      // The body is not read: let it drain so the connection can be reused.
      req.resume();
      return next(false);
    };
    const taken = buckets.take(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], options.trustProxyHops ?? 0));
    if (!(taken instanceof Promise)) return answer(taken);
    // A shared store fails open by itself when the database is unreachable (see pg-rate-buckets).
    taken.then(answer, (error: unknown) => next(error as Error));
    return undefined;
  };
}
