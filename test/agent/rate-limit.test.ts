import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, isRateLimited, TokenBuckets } from '../../src/server/rate-limit.js';
import { startAgentServer, type AgentTestServer } from './agent-test-server.js';

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the per-minute rate, per client', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 30, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(buckets.take('b').ok).toBe(true);
    now += 1_999;
    expect(buckets.take('a').ok).toBe(false);
    now += 1;
    expect(buckets.take('a').ok).toBe(true);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('forgets idle clients past maxClients', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 1, now: () => now, maxClients: 2 });
    buckets.take('a');
    now += 5_000;
    buckets.take('b');
    buckets.take('c');
    expect(buckets.size).toBe(2);
    // 'a' (idle and refilled) went first: 'b', still empty, is remembered and still limited.
    expect(buckets.take('b').ok).toBe(false);
  });
});

describe('clientAddress', () => {
  it('uses the socket address unless proxies are trusted', () => {
    expect(clientAddress('10.0.0.1', '203.0.113.9', 0)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1');
  });

  it('behind N trusted proxies, takes the N-th X-Forwarded-For entry from the right', () => {
    expect(clientAddress('10.0.0.1', '203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', 'spoofed, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', 'spoofed, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', ['a', '203.0.113.9'], 1)).toBe('203.0.113.9');
  });
});

describe('isRateLimited', () => {
  it.each([
    ['POST', '/api/ask', true],
    ['POST', '/api/directline/token', true],
    ['POST', '/v3/directline/conversations', true],
    ['POST', '/v3/directline/conversations/abc/activities', true],
    ['POST', '/v3/directline/tokens/generate', true],
    ['GET', '/', true],
    ['GET', '/embed.js', true],
    ['GET', '/webchat/webchat.js', true],
    ['GET', '/v3/directline/conversations/abc/activities', false],
    ['OPTIONS', '/api/ask', false],
    ['POST', '/api/messages', false],
    ['POST', '/api/suggest', false],
    ['GET', '/healthz', false],
    ['GET', '/agent', false],
  ])('%s %s → %s', (method, path, expected) => {
    expect(isRateLimited(method, path)).toBe(expected);
  });
});

describe('rate limiting over HTTP', () => {
  let server: AgentTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const ask = (s: AgentTestServer) =>
    fetch(`${s.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Bonjour' }) });

  it('when a client exceeds the burst on /api/ask, it gets 429 JSON with Retry-After; /api/messages and the agent API are not limited', async () => {
    server = await startAgentServer({ env: { RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '3' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(server)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await ask(server);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.stringMatching(/too many requests/) } });

    for (let i = 0; i < 6; i++) {
      const messages = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(messages.status).not.toBe(429);
      expect((await server.agentFetch('/api/gaps')).status).toBe(200);
    }
  });

  it('behind a trusted proxy (TRUST_PROXY_HOPS=1), each X-Forwarded-For client has its own bucket', async () => {
    server = await startAgentServer({ env: { RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '2', TRUST_PROXY_HOPS: '1' } });
    const from = (ip: string) =>
      fetch(`${server!.baseUrl}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ question: 'Bonjour' }),
      });
    expect([(await from('203.0.113.1')).status, (await from('203.0.113.1')).status, (await from('203.0.113.1')).status]).toEqual([200, 200, 429]);
    expect((await from('203.0.113.2')).status).toBe(200);
    // A client cannot escape its bucket by prepending addresses: the proxy's entry (rightmost) is the one used.
    expect((await from('198.51.100.7, 203.0.113.1')).status).toBe(429);
  });

  it('when RATE_LIMIT_PER_MINUTE is 0, nothing is limited', async () => {
    server = await startAgentServer({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_BURST: '1' } });
    for (let i = 0; i < 15; i++) expect((await ask(server)).status).toBe(200);
  });
});
