import type { Socket } from 'node:net';
import restify, { type Server } from 'restify';
import type { Storage } from 'botbuilder';
import { BoundedMemoryStorage } from '../store/bounded-memory-storage.js';
import { UnhashedConversationState } from '../channels/botframework/unhashed-conversation-state.js';
import { AssistantBot } from '../channels/botframework/assistant-bot.js';
import { createAdapter, type BotCredentials } from '../channels/botframework/create-adapter.js';
import { AppError } from '../core/errors.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { ConversationStore } from '../store/conversation-store.js';
import { MemoryConversationStore } from '../store/memory-conversation-store.js';
import { sendError } from './http-error.js';
import { readJsonBody } from './read-json-body.js';
import { Readiness } from './readiness.js';
import { registerAskRoute } from './routes/ask-route.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerMessagesRoute } from './routes/messages-route.js';
import { createDirectTurnRunner } from '../channels/botframework/run-direct-turn.js';
import { DirectLineService } from '../channels/directline/directline-service.js';
import { readsOwnBody } from '../channels/directline/read-optional-json.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import { MemoryFeedbackStore } from '../store/memory-feedback-store.js';
import { registerDirectLineRoutes } from './routes/directline-routes.js';
import { registerDirectLineTokenRoute } from './routes/directline-token-route.js';
import { registerWebChatRoutes } from './routes/webchat-routes.js';
import { registerAgentRoutes } from '../agent/register-agent-routes.js';
import type { RetrieverRef } from '../agent/agent-context.js';
import { openSqliteStores, type Stores } from '../store/sqlite-stores.js';
import { memoryBuckets, rateLimit } from './rate-limit.js';
import { TokenSigner } from '../channels/directline/token-signer.js';
import { AnswerMemory } from '../channels/botframework/answer-memory.js';
import { canonicalizeTarget } from './canonical-target.js';
import { directLineCors } from './directline-cors.js';
import { DirectLineStreamHub } from '../channels/directline/directline-stream.js';
import { registerDirectLineStream } from './routes/directline-stream-route.js';

export interface ServerOptions {
  logger: Logger;
  /** The validated configuration; channels read their settings from it. */
  config: Config;
  credentials: BotCredentials;
  readiness?: Readiness;
  /** Bot conversation state storage (botbuilder's Storage); a bounded in-memory one by default. */
  storage?: Storage;
  /** Turns store for `/api/ask`; in memory by default. */
  conversations?: ConversationStore;
  /** Where 👍/👎 from Teams and Web Chat go; in memory by default. */
  feedback?: FeedbackStore;
  /**
   * Reviews and unanswered questions (and feedback when `feedback` is not given); an in-memory SQLite by default.
   * PostgreSQL stores also carry the shared state (`stores.shared`): conversation state, `/api/ask` turns, remembered
   * answers, Direct Line and rate-limit buckets then live in the database, the same for every instance.
   */
  stores?: Stores;
  /** Retrieval behind `/api/suggest`'s passages, set once the knowledge is loaded. */
  retriever?: RetrieverRef;
  /** fetch used to reach Azure Direct Line (tests pass one bound to a local fake). */
  fetch?: typeof globalThis.fetch;
  /** The built-in Direct Line's clock and timings (tests shorten them). */
  directLine?: { now?: () => number; tokenTtlSeconds?: number; keepAliveMs?: number };
}

export interface AppServer {
  server: Server;
  readiness: Readiness;
  /** The feedback store the bot records into. */
  feedback: FeedbackStore;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  /**
   * Graceful stop: `/readyz` turns 503 at once, no new connection is accepted, and in-flight requests get
   * `graceMs` to finish. Resolves true when they all finished, false when some had to be cut.
   */
  shutdown(graceMs: number): Promise<boolean>;
}

/** The support-agent API and console. */
const AGENT_PATHS = /^\/(?:api\/(?:suggest|reviews|gaps(?:\.csv)?)|agent)(?:\/|$)/;

/**
 * The HTTP face of the service: restify with the Bot Framework endpoint, the JSON API and health checks.
 * It starts before the knowledge is loaded; `/readyz` says when questions can be answered.
 */
export function createServer(options: ServerOptions): AppServer {
  const { logger } = options;
  const readiness = options.readiness ?? new Readiness();
  const shared = options.stores?.shared;
  if (shared) {
    readiness.watchDatabase(shared.health);
    // Another instance's review changes answers: drop this instance's cached ones.
    shared.onReviewsChanged(() => readiness.current?.clearCache());
  }
  const buckets = shared?.buckets ?? memoryBuckets;
  const server = restify.createServer({ name: 'cnam-territoires', handleUncaughtExceptions: false });
  // First: one canonical spelling of the target (or a 400), before the rate limit and the router read it.
  server.pre(canonicalizeTarget());
  // Before the rate limit, so its 429s carry CORS headers too.
  server.pre(directLineCors(options.config.WEBCHAT_ALLOWED_ORIGINS));
  const publicRule = { perMinute: options.config.RATE_LIMIT_PER_MINUTE, burst: options.config.RATE_LIMIT_BURST };
  server.pre(
    rateLimit({
      ...publicRule,
      trustProxyHops: options.config.TRUST_PROXY_HOPS,
      buckets: buckets('public', publicRule),
    }),
  );
  const anonymous = !options.credentials.MicrosoftAppId;
  // Anonymous /api/messages (no JWT to check) and the agent API have limits of their own, per client IP.
  const limiter = (name: string, perMinute: number, applies: (method: string, path: string) => boolean) => {
    const rule = { perMinute, burst: Math.max(options.config.RATE_LIMIT_BURST, Math.ceil(perMinute / 4)) };
    return rateLimit({ ...rule, trustProxyHops: options.config.TRUST_PROXY_HOPS, applies, buckets: buckets(name, rule) });
  };
  if (anonymous) server.pre(limiter('messages', options.config.RATE_LIMIT_MESSAGES_PER_MINUTE, (_method, path) => path === '/api/messages'));
  server.pre(limiter('agent', options.config.RATE_LIMIT_AGENT_PER_MINUTE, (_method, path) => AGENT_PATHS.test(path)));
  const readBody = readJsonBody();
  // Direct Line clients POST some requests without a body; those routes read their own.
  server.use((req, res, next) => (readsOwnBody(req.url) ? next() : readBody(req, res, next)));

  const adapter = createAdapter(options.credentials, logger);
  const conversationState = new UnhashedConversationState(options.storage ?? shared?.storage ?? new BoundedMemoryStorage());
  const stores = options.stores ?? openSqliteStores(':memory:');
  const feedback = options.feedback ?? options.stores?.feedback ?? new MemoryFeedbackStore();
  const bot = new AssistantBot(() => readiness.require(), conversationState, { feedback, memory: shared?.answers ?? new AnswerMemory() });
  const now = options.directLine?.now ?? Date.now;
  const tokenSecret = options.config.DIRECT_LINE_TOKEN_SECRET;
  const directLine = new DirectLineService({
    runTurn: createDirectTurnRunner(adapter, bot, options.credentials),
    isReady: () => readiness.isReady,
    now,
    // A configured key: every instance accepts the tokens of every other (and tokens outlive a restart).
    ...(tokenSecret ? { signer: new TokenSigner(Buffer.from(tokenSecret, 'utf8'), now) } : {}),
    ...(shared ? { store: shared.directLine } : {}),
    ...(options.directLine?.tokenTtlSeconds ? { tokenTtlSeconds: options.directLine.tokenTtlSeconds } : {}),
  });
  const streams = new DirectLineStreamHub(directLine, options.directLine?.keepAliveMs ? { keepAliveMs: options.directLine.keepAliveMs } : {});
  const { DIRECT_LINE_POLLS_PER_MINUTE: pollsPerMinute, DIRECT_LINE_CONVERSATIONS_PER_MINUTE: conversationsPerMinute } = options.config;
  const polls = pollsPerMinute > 0 ? buckets('directline-reads', { perMinute: pollsPerMinute, burst: Math.ceil(pollsPerMinute / 10) }) : undefined;
  const creations =
    conversationsPerMinute > 0 ? buckets('directline-opens', { perMinute: conversationsPerMinute, burst: 2 * conversationsPerMinute }) : undefined;

  registerHealthRoutes(server, readiness);
  registerAskRoute(server, readiness, options.conversations ?? shared?.conversations ?? new MemoryConversationStore());
  registerMessagesRoute(server, readiness, adapter, bot, anonymous ? { serviceHosts: options.config.ANONYMOUS_SERVICE_HOSTS } : {});
  registerDirectLineRoutes(server, {
    service: directLine,
    publicUrl: options.config.PUBLIC_URL,
    polls,
    creations,
    trustProxyHops: options.config.TRUST_PROXY_HOPS,
  });
  registerDirectLineStream(server.server, { service: directLine, hub: streams, allowedOrigins: options.config.WEBCHAT_ALLOWED_ORIGINS, polls });
  registerDirectLineTokenRoute(server, {
    service: directLine,
    secret: options.config.DIRECT_LINE_SECRET,
    domain: options.config.DIRECT_LINE_DOMAIN,
    publicUrl: options.config.PUBLIC_URL,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  registerWebChatRoutes(server);
  registerAgentRoutes(server, {
    token: options.config.AGENT_TOKEN,
    readiness,
    feedback,
    reviews: stores.reviews,
    unanswered: stores.unanswered,
    retriever: options.retriever ?? {},
    logger,
  });

  server.on('NotFound', (_req, res) => sendError(res, new AppError('not_found', 'no such endpoint')));
  server.on('MethodNotAllowed', (req, res) => {
    res.status(405);
    res.json({ error: { code: 'invalid_request', message: `method ${req.method} not allowed here` } });
  });
  server.on('restifyError', (req, res, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.warn({ err: error, url: req.url }, 'request failed');
    callback();
  });

  let inFlight = 0;
  const idle: Array<() => void> = [];
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle.splice(0).forEach((resolve) => resolve());
    });
  });

  return {
    server,
    readiness,
    feedback,
    async shutdown(graceMs) {
      readiness.startDraining();
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      const drained = inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => idle.push(() => resolve(true)));
      const finished = await Promise.race([drained, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref())]);
      if (!finished) for (const socket of sockets) socket.destroy();
      else server.server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      return finished && inFlight === 0;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    close() {
      streams.close();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
