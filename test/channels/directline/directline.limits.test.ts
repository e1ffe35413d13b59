import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, openConversation, postJson, startChannelServer } from '../channel-test-server.js';

const ORIGIN = 'https://www.ville-exemple.fr';
const message = { type: 'message', from: { id: 'u' }, text: 'Bonjour' };

describe('built-in Direct Line endpoint: memory and abuse limits', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let dl: string;

  beforeAll(async () => {
    server = await startChannelServer({
      env: {
        WEBCHAT_ALLOWED_ORIGINS: ORIGIN,
        // The per-IP limit of public endpoints is off here, so only the Direct Line limits under test apply.
        RATE_LIMIT_PER_MINUTE: '0',
        TRUST_PROXY_HOPS: '1',
        DIRECT_LINE_POLLS_PER_MINUTE: '60',
        DIRECT_LINE_CONVERSATIONS_PER_MINUTE: '3',
      },
    });
    dl = `${server.baseUrl}/v3/directline`;
  });
  afterAll(() => server.app.close());

  it('when one conversation is polled in a tight loop, answers 429 with Retry-After and CORS headers, and only to that conversation', async () => {
    const client = { 'X-Forwarded-For': '203.0.113.1' };
    const busy = await openConversation(dl, client);
    const calm = await openConversation(dl, client);
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof getJson>> | undefined;
    for (let i = 0; i < 8; i++) {
      const res = await getJson(`${dl}/conversations/${busy.conversationId}/activities`, busy.token, { Origin: ORIGIN });
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    // 60 per minute comes in bursts of 6.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    expect(refused!.body.error.code).toBe('rate_limited');
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused!.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await getJson(`${dl}/conversations/${calm.conversationId}/activities`, calm.token)).status).toBe(200);
  });

  it('when a stranger polls someone else\'s conversation, the owner keeps their reads', async () => {
    const owner = await openConversation(dl, { 'X-Forwarded-For': '203.0.113.2' });
    const stranger = await openConversation(dl, { 'X-Forwarded-For': '203.0.113.3' });
    for (let i = 0; i < 10; i++) {
      expect((await getJson(`${dl}/conversations/${owner.conversationId}/activities`, stranger.token)).status).toBe(403);
    }
    expect((await getJson(`${dl}/conversations/${owner.conversationId}/activities`, owner.token)).status).toBe(200);
  });

  it('when one address opens conversations in a loop, it is refused with 429 past its burst while other addresses still can', async () => {
    const flooder = { 'X-Forwarded-For': '198.51.100.7', Origin: ORIGIN };
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof postJson>> | undefined;
    for (let i = 0; i < 9; i++) {
      const grant = await postJson(`${dl}/tokens/generate`, undefined, undefined, flooder);
      const res = await postJson(`${dl}/conversations`, undefined, grant.body.token, flooder);
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    // 3 per minute comes in bursts of 6.
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429, 429, 429]);
    expect(refused!.body.error.code).toBe('rate_limited');
    expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused!.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await openConversation(dl, { 'X-Forwarded-For': '198.51.100.8' })).conversationId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('when a conversation is re-opened with its own token, that is not counted as a new one', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.9' };
    const { token } = await openConversation(dl, client);
    for (let i = 0; i < 10; i++) expect((await postJson(`${dl}/conversations`, undefined, token, client)).status).toBe(200);
  });

  it('when a conversation passes 128 KB of activities, the oldest drop out and watermarks still count every one', async () => {
    const { token, conversationId } = await openConversation(dl, { 'X-Forwarded-For': '203.0.113.9' });
    const url = `${dl}/conversations/${conversationId}/activities`;
    for (let i = 0; i < 8; i++) {
      const posted = await postJson(url, { ...message, text: `message ${i}`, channelData: { pad: 'x'.repeat(30_000) } }, token, { 'X-Forwarded-For': '203.0.113.9' });
      expect(posted.status).toBe(200);
    }
    const read = await getJson(url, token, { 'X-Forwarded-For': '203.0.113.9' });
    const kept = read.body.activities as Array<{ text?: string }>;
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(128 * 1024 + 1024);
    expect(kept.some((a) => a.text === 'message 0')).toBe(false);
    expect(kept.some((a) => a.text === 'message 7')).toBe(true);
    // welcome + 8 × (echo + reply)
    expect(read.body.watermark).toBe('17');
  });
});

describe('the per-address limit of public endpoints, on Direct Line', () => {
  it('when a client is over it, the 429 carries Retry-After and the CORS headers the widget needs to read it', async () => {
    const server = await startChannelServer({ env: { WEBCHAT_ALLOWED_ORIGINS: ORIGIN, RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '1' } });
    try {
      const dl = `${server.baseUrl}/v3/directline`;
      expect((await postJson(`${dl}/tokens/generate`, undefined, undefined, { Origin: ORIGIN })).status).toBe(200);
      for (const url of [`${dl}/tokens/generate`, `${server.baseUrl}/api/directline/token`]) {
        const refused = await postJson(url, undefined, undefined, { Origin: ORIGIN });
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
        expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
      }
    } finally {
      await server.app.close();
    }
  });
});
