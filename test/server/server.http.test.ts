import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer.js';
import { startLocalConnector } from '../fakes/local-connector.js';
import { startTestServer } from '../fakes/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.app.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: 'act-1',
    text: "Quand a été lancé le deuxième AMI ?",
    channelId: 'emulator',
    locale: 'fr-FR',
    conversation: { id: `conv-${Math.random()}` },
    from: { id: 'user-1', name: 'Citoyen' },
    recipient: { id: 'bot', name: 'Assistant' },
    ...overrides,
  };
}

describe('GET /healthz and /readyz', () => {
  it('when the knowledge is loaded, both answer 200', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('when the knowledge is still loading, /readyz is 503 and questions get a clear 503', async () => {
    const loading = await startTestServer({ assistant: null });
    try {
      expect((await fetch(`${loading.baseUrl}/healthz`)).status).toBe(200);
      const ready = await fetch(`${loading.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'loading' });
      const ask = await fetch(`${loading.baseUrl}/api/ask`, { method: 'POST', body: JSON.stringify({ question: 'Bonjour' }) });
      expect(ask.status).toBe(503);
      expect(((await ask.json()) as { error: { code: string } }).error.code).toBe('not_ready');
    } finally {
      await loading.app.close();
    }
  });
});

describe('POST /api/messages', () => {
  it('when an activity points to a local connector, the bot replies there with the cited answer', async () => {
    const connector = await startLocalConnector();
    try {
      const response = await post('/api/messages', JSON.stringify(activity({ serviceUrl: connector.url })));
      expect(response.status).toBe(200);
      await connector.waitFor(2);
      const [typing, message] = connector.received;
      expect(typing?.body.type).toBe('typing');
      expect(message?.path).toMatch(/^\/v3\/conversations\/conv-[^/]+\/activities\/act-1$/);
      expect(message?.body.text).toContain('20 janvier 2020 [1]');
      expect(message?.body.replyToId).toBe('act-1');
    } finally {
      await connector.close();
    }
  });

  it('when deliveryMode is expectReplies, returns the replies in the response body', async () => {
    const response = await post('/api/messages', JSON.stringify(activity({ deliveryMode: 'expectReplies' })));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(body.activities.map((a) => a.type)).toEqual(['message']);
    expect(body.activities[0]?.text).toContain('banquedesterritoires.fr');
  });

  it('when the same conversation goes on, the bot keeps its turns (language carries over)', async () => {
    const conversation = { id: 'conv-follow-up' };
    await post('/api/messages', JSON.stringify(activity({ deliveryMode: 'expectReplies', conversation, text: 'What can you do?' })));
    const response = await post('/api/messages', JSON.stringify(activity({ deliveryMode: 'expectReplies', conversation, text: 'ok', locale: undefined })));
    const body = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(body.activities.at(-1)?.text).toMatch(/I can't find/);
  });

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['invalid JSON', '{"type": "message",'],
    ['an empty body', ''],
    ['a number as type', JSON.stringify(activity({ type: 42, deliveryMode: 'expectReplies' }))],
    ['no conversation', JSON.stringify({ ...activity({ deliveryMode: 'expectReplies' }), conversation: undefined })],
    ['no channelId', JSON.stringify({ ...activity({ deliveryMode: 'expectReplies' }), channelId: undefined })],
    ['text that is not a string', JSON.stringify(activity({ deliveryMode: 'expectReplies', text: { a: 1 } }))],
    ['no serviceUrl and no expectReplies', JSON.stringify(activity())],
    ['a body over 256 KB', JSON.stringify(activity({ deliveryMode: 'expectReplies', text: 'a'.repeat(300_000) }))],
  ])('when sent %s, answers 400 with a JSON error', async (_label, body) => {
    const response = await post('/api/messages', body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toMatch(/invalid_request|body_too_large/);
    expect(json.error.message.length).toBeGreaterThan(5);
  });

  it('when credentials are configured, rejects an unauthenticated activity with 401', async () => {
    const secured = await startTestServer({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret-value' } });
    try {
      const response = await fetch(`${secured.baseUrl}/api/messages`, {
        method: 'POST',
        body: JSON.stringify(activity({ deliveryMode: 'expectReplies' })),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(401);
    } finally {
      await secured.app.close();
    }
  });
});

describe('POST /api/ask', () => {
  it('when asked a question, returns a valid Answer and a conversation id', async () => {
    const response = await post('/api/ask', JSON.stringify({ question: "Quand a été lancé l'AMI ?" }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    const { conversationId, ...answer } = body;
    expect(typeof conversationId).toBe('string');
    expect(answerSchema.parse(answer).kind).toBe('knowledge');
  });

  it('when the conversation id is sent back, the conversation continues', async () => {
    const first = (await (await post('/api/ask', JSON.stringify({ question: 'What can you do?' }))).json()) as { conversationId: string };
    const second = (await (await post('/api/ask', JSON.stringify({ question: 'ok', conversationId: first.conversationId }))).json()) as { text: string; conversationId: string };
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.text).toMatch(/I can't find/);
    const fresh = (await (await post('/api/ask', JSON.stringify({ question: 'ok' }))).json()) as { text: string };
    expect(fresh.text).toMatch(/Je ne trouve pas/);
  });

  it.each([
    ['no question', {}],
    ['an empty question', { question: '  ' }],
    ['a question that is a number', { question: 42 }],
    ['a question over 1,000 characters', { question: 'a'.repeat(1001) }],
    ['a bad conversation id', { question: 'Bonjour', conversationId: 'a b/c' }],
    ['an unknown field', { question: 'Bonjour', extra: true }],
  ])('when sent %s, answers 400 with a JSON error', async (_label, body) => {
    const response = await post('/api/ask', JSON.stringify(body));
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_request');
    expect(json.error.message).toMatch(/question|conversationId|Unrecognized|key/i);
  });

  it('when the endpoint does not exist, answers 404 JSON', async () => {
    const response = await fetch(`${server.baseUrl}/api/nothing`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('after a burst of bad requests, the server still answers', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => post('/api/ask', i % 2 ? '{' : '[1,2]')));
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });
});
