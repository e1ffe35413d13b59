import { configSchema } from '../../src/config.js';
import type { Assistant } from '../../src/core/assistant.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.js';
import { fakeAssistant } from '../fakes/fake-assistant.js';

/** The real server on 127.0.0.1 port 0 with a deterministic cited assistant and an inspectable feedback store. */
export async function startChannelServer(
  options: { env?: Record<string, string>; assistant?: Assistant | null; fetch?: typeof globalThis.fetch } = {},
): Promise<{ app: AppServer; baseUrl: string; feedback: MemoryFeedbackStore }> {
  const config = configSchema.parse({ PORT: '0', LOG_LEVEL: 'silent', ...options.env });
  const feedback = new MemoryFeedbackStore();
  const app = createServer({ logger: silentLogger(), config, credentials: config, feedback, ...(options.fetch ? { fetch: options.fetch } : {}) });
  if (options.assistant !== null) app.readiness.setReady(options.assistant ?? fakeAssistant());
  const port = await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}`, feedback };
}

/** POSTs JSON (or nothing) and returns status and parsed body. */
export async function postJson(url: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

export async function getJson(url: string, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}
