import type { Assistant } from '../../src/core/assistant.js';
import { configSchema } from '../../src/config.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { fakeAssistant } from './fake-assistant.js';

/** The real server on an ephemeral port of 127.0.0.1, with a deterministic assistant unless told otherwise. */
export async function startTestServer(options: { assistant?: Assistant | null; env?: Record<string, string> } = {}): Promise<{ app: AppServer; baseUrl: string }> {
  const config = configSchema.parse({ PORT: '0', LOG_LEVEL: 'silent', ...options.env });
  const app = createServer({ logger: silentLogger(), config, credentials: config });
  if (options.assistant !== null) app.readiness.setReady(options.assistant ?? fakeAssistant());
  const port = await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}
