import { configSchema } from '../../src/config.js';
import type { Assistant } from '../../src/core/assistant.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createServer, type AppServer, type ServerOptions } from '../../src/server/create-server.js';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.js';
import { fakeAssistant } from '../fakes/fake-assistant.js';

/** The real server on 127.0.0.1 port 0 with a deterministic cited assistant and an inspectable feedback store. */
export async function startChannelServer(
  options: {
    env?: Record<string, string>;
    assistant?: Assistant | null;
    fetch?: typeof globalThis.fetch;
    /** The built-in Direct Line's clock and timings. */
    directLine?: ServerOptions['directLine'];
  } = {},
): Promise<{ app: AppServer; baseUrl: string; feedback: MemoryFeedbackStore }> {
  const config = configSchema.parse({ PORT: '0', LOG_LEVEL: 'silent', ...options.env });
  const feedback = new MemoryFeedbackStore();
  const app = createServer({
    logger: silentLogger(),
    config,
    credentials: config,
    feedback,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.directLine ? { directLine: options.directLine } : {}),
  });
  if (options.assistant !== null) app.readiness.setReady(options.assistant ?? fakeAssistant());
  const port = await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}`, feedback };
}

/** POSTs JSON (or nothing) and returns status, parsed body and headers. */
export async function postJson(url: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

export async function getJson(url: string, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** A token and an open conversation on the built-in Direct Line endpoint `dl` (`…/v3/directline`). */
export async function openConversation(dl: string, headers: Record<string, string> = {}): Promise<{ token: string; conversationId: string; streamUrl: string }> {
  const generated = await postJson(`${dl}/tokens/generate`, undefined, undefined, headers);
  const started = await postJson(`${dl}/conversations`, undefined, generated.body.token, headers);
  if (started.status !== 201) throw new Error(`conversation not started: ${started.status} ${JSON.stringify(started.body)}`);
  return started.body;
}
