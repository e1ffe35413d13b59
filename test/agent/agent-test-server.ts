import { recordUnanswered } from '../../src/agent/record-unanswered.js';
import { configSchema } from '../../src/config.js';
import type { PassageRetriever } from '../../src/core/passage-retriever.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { openSqliteStores, type Stores } from '../../src/store/sqlite-stores.js';
import { agentAssistant, fakeRetriever } from './agent-fakes.js';

export const AGENT_TOKEN = 'test-agent-token-0123456789';

export interface AgentTestServer {
  app: AppServer;
  baseUrl: string;
  stores: Stores;
  retriever: ReturnType<typeof fakeRetriever>;
  /** fetch with the agent token. */
  agentFetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real server on an ephemeral port with in-memory SQLite stores, the fake agent assistant (wrapped in the
 * unanswered recorder, as main.ts does) and a fake retriever. `token: null` = AGENT_TOKEN not set.
 */
export async function startAgentServer(options: { token?: string | null; env?: Record<string, string>; retriever?: PassageRetriever } = {}): Promise<AgentTestServer> {
  const token = options.token === undefined ? AGENT_TOKEN : options.token;
  const config = configSchema.parse({
    PORT: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(token ? { AGENT_TOKEN: token } : {}),
    ...options.env,
  });
  const stores = openSqliteStores(':memory:');
  const retriever = fakeRetriever();
  const app = createServer({
    logger: silentLogger(),
    config,
    credentials: config,
    stores,
    feedback: stores.feedback,
    retriever: { current: options.retriever ?? retriever },
  });
  app.readiness.setReady(recordUnanswered(agentAssistant(stores.reviews), stores.unanswered, silentLogger()));
  const port = await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    stores,
    retriever,
    agentFetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
      }),
    async close() {
      await app.close();
      stores.close();
    },
  };
}
