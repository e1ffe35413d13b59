import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createServer } from '../../src/server/create-server.js';
import { openSqliteStores } from '../../src/store/sqlite-stores.js';
import type { SharedState } from '../../src/store/shared-state.js';
import { MemoryConversationStore } from '../../src/store/memory-conversation-store.js';
import { BoundedMemoryStorage } from '../../src/store/bounded-memory-storage.js';
import { AnswerMemory } from '../../src/channels/botframework/answer-memory.js';
import { MemoryDirectLineStore } from '../../src/channels/directline/directline-store.js';
import { memoryBuckets } from '../../src/server/rate-limit.js';
import { fakeAssistant } from '../fakes/fake-assistant.js';

/** /readyz and the routes while a shared database is up, then down, then back (a switchable health). */
async function serverWithDatabase() {
  const health = { up: true };
  const shared: SharedState = {
    storage: new BoundedMemoryStorage(),
    conversations: new MemoryConversationStore(),
    answers: new AnswerMemory(),
    directLine: new MemoryDirectLineStore(),
    buckets: memoryBuckets,
    health,
    onReviewsChanged: () => undefined,
  };
  const config = configSchema.parse({ PORT: '0', LOG_LEVEL: 'silent' });
  const stores = { ...openSqliteStores(':memory:'), shared };
  const app = createServer({ logger: silentLogger(), config, credentials: config, stores });
  app.readiness.setReady(fakeAssistant());
  const port = await app.listen(0, '127.0.0.1');
  return { app, health, base: `http://127.0.0.1:${port}` };
}

describe('readiness with a shared database', () => {
  it('reports the database; while it is down answers 503 with Retry-After, then ready again by itself', async () => {
    const { app, health, base } = await serverWithDatabase();
    try {
      let ready = await fetch(`${base}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'up' }]);
      health.up = false;
      ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('2');
      expect(await ready.json()).toEqual({ status: 'database_unavailable', database: 'down' });
      const ask = await fetch(`${base}/api/ask`, { method: 'POST', body: JSON.stringify({ question: 'Bonjour' }) });
      expect(ask.status).toBe(503);
      expect(ask.headers.get('retry-after')).toBe('1');
      expect(await ask.json()).toEqual({ error: { code: 'not_ready', message: 'the database is unreachable; retry shortly' } });
      const messages = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'm', text: 'Bonjour', channelId: 'emulator', deliveryMode: 'expectReplies', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      expect(messages.status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      health.up = true;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect((await fetch(`${base}/api/ask`, { method: 'POST', body: JSON.stringify({ question: 'Bonjour' }) })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('without a database, /readyz says nothing of one', async () => {
    const config = configSchema.parse({ PORT: '0', LOG_LEVEL: 'silent' });
    const app = createServer({ logger: silentLogger(), config, credentials: config });
    app.readiness.setReady(fakeAssistant());
    const port = await app.listen(0, '127.0.0.1');
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()).toEqual({ status: 'ready' });
    } finally {
      await app.close();
    }
  });
});
