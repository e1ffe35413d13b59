import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../src/channels/directline/token-signer.js';
import { getJson, postJson, startChannelServer } from '../channel-test-server.js';

const ORIGIN = 'https://www.ville-exemple.fr';

describe('built-in Direct Line endpoint: bad input gets a 4xx JSON error', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let dl: string;
  let token: string;
  let conversationId: string;
  let clock = Date.now();

  beforeAll(async () => {
    server = await startChannelServer({ env: { WEBCHAT_ALLOWED_ORIGINS: ORIGIN }, directLine: { now: () => clock } });
    dl = `${server.baseUrl}/v3/directline`;
    const started = await postJson(`${dl}/conversations`, undefined, (await postJson(`${dl}/tokens/generate`)).body.token);
    ({ token, conversationId } = started.body);
  });
  afterAll(() => server.app.close());

  const message = { type: 'message', from: { id: 'u' }, text: 'Bonjour' };

  it('when no token is given, answers 401', async () => {
    const res = await postJson(`${dl}/conversations`);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('when the token is tampered with, answers 401', async () => {
    const [payload, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ conv: conversationId, user: 'dl_x', exp: 9999999999 })).toString('base64url')}.${mac}`;
    expect(payload).not.toBe(forged.split('.')[0]);
    const res = await getJson(`${dl}/conversations/${conversationId}/activities`, forged);
    expect(res.status).toBe(401);
    expect((await getJson(`${dl}/conversations/${conversationId}/activities`, 'garbage')).status).toBe(401);
  });

  it('when a genuine token has expired, answers 403 with the code TokenExpired (Direct Line reference)', async () => {
    const grant = await postJson(`${dl}/tokens/generate`);
    const opened = await postJson(`${dl}/conversations`, undefined, grant.body.token);
    expect(opened.status).toBe(201);
    clock += (grant.body.expires_in + 1) * 1000;
    try {
      for (const res of [
        await getJson(`${dl}/conversations/${grant.body.conversationId}/activities`, grant.body.token),
        await postJson(`${dl}/conversations/${grant.body.conversationId}/activities`, message, grant.body.token),
        await postJson(`${dl}/tokens/refresh`, undefined, grant.body.token),
        await getJson(`${dl}/conversations/${grant.body.conversationId}?watermark=1`, grant.body.token),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.error).toEqual({ code: 'TokenExpired', message: expect.stringMatching(/expired/) });
      }
    } finally {
      clock = Date.now();
    }
    // A token signed with another key is not "expired", it is invalid: 401.
    const foreign = new TokenSigner(undefined, () => 0).sign({ conv: conversationId, user: 'dl_x', exp: 1 });
    expect((await getJson(`${dl}/conversations/${conversationId}/activities`, foreign)).status).toBe(401);
  });

  it("when a token is used on another conversation, answers 403 and leaks nothing", async () => {
    const other = (await postJson(`${dl}/conversations`, undefined, (await postJson(`${dl}/tokens/generate`)).body.token)).body;
    const read = await getJson(`${dl}/conversations/${conversationId}/activities`, other.token);
    expect(read.status).toBe(403);
    expect(read.body.activities).toBeUndefined();
    const write = await postJson(`${dl}/conversations/${conversationId}/activities`, message, other.token);
    expect(write.status).toBe(403);
  });

  it('when the conversation was never started, answers 404', async () => {
    const unopened = (await postJson(`${dl}/tokens/generate`)).body;
    const res = await getJson(`${dl}/conversations/${unopened.conversationId}/activities`, unopened.token);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('when the activity is malformed, answers 400 naming the field', async () => {
    const url = `${dl}/conversations/${conversationId}/activities`;
    const noFrom = await postJson(url, { type: 'message', text: 'x' }, token);
    expect(noFrom.status).toBe(400);
    expect(noFrom.body.error.message).toMatch(/from/);
    expect((await postJson(url, { type: 'conversationUpdate', from: { id: 'u' } }, token)).status).toBe(400);
    expect((await postJson(url, { ...message, text: 42 }, token)).status).toBe(400);
    expect((await postJson(url, '[1,2]', token)).status).toBe(400);
    expect((await postJson(url, '{not json', token)).status).toBe(400);
    expect((await postJson(url, undefined, token)).status).toBe(400);
  });

  it('when the activity is oversized, answers 400 body_too_large', async () => {
    const res = await postJson(`${dl}/conversations/${conversationId}/activities`, { ...message, channelData: { pad: 'x'.repeat(40_000) } }, token);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('body_too_large');
    const huge = await postJson(`${dl}/conversations/${conversationId}/activities`, { ...message, text: 'x'.repeat(300_000) }, token);
    expect(huge.status).toBe(400);
  });

  it('when the watermark is not a number, answers 400', async () => {
    expect((await getJson(`${dl}/conversations/${conversationId}/activities?watermark=abc`, token)).status).toBe(400);
  });

  it('after all that, the conversation still works and its token refreshes', async () => {
    const posted = await postJson(`${dl}/conversations/${conversationId}/activities`, message, token);
    expect(posted.status).toBe(200);
    const refreshed = await postJson(`${dl}/tokens/refresh`, undefined, token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    const read = await getJson(`${dl}/conversations/${conversationId}/activities?watermark=0`, refreshed.body.token);
    expect(read.status).toBe(200);
    expect(read.body.activities.some((a: { id: string }) => a.id === posted.body.id)).toBe(true);
  });

  it('when the route is unknown under /v3/directline, answers 404; a known path with a wrong method 405', async () => {
    for (const path of ['/nope', '/conversations/x/nope', '/session/getsessionid', '']) {
      const res = await fetch(`${dl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const wrongMethod = await fetch(`${dl}/tokens/generate`);
    expect(wrongMethod.status).toBe(405);
  });

  it('every Direct Line answer carries the CORS headers for an allowed site, errors included', async () => {
    const from = { Origin: ORIGIN };
    const url = `${dl}/conversations/${conversationId}/activities`;
    const answers = {
      200: await getJson(url, token, from),
      400: await getJson(`${url}?watermark=abc`, token, from),
      401: await getJson(url, 'garbage', from),
      403: await getJson(url, (await postJson(`${dl}/tokens/generate`)).body.token, from),
      404: await getJson(`${dl}/nope`, token, from),
      405: await getJson(`${dl}/tokens/generate`, token, from),
      tokenRoute: await postJson(`${server.baseUrl}/api/directline/token`, {}, undefined, from),
    };
    for (const [expected, res] of Object.entries(answers)) {
      if (expected !== 'tokenRoute') expect(res.status).toBe(Number(expected));
      expect({ expected, origin: res.headers.get('access-control-allow-origin') }).toEqual({ expected, origin: ORIGIN });
      expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
    }
    // Another site gets no CORS headers (the browser then refuses to show it the answer).
    const stranger = await getJson(url, token, { Origin: 'https://evil.example' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights on any Direct Line path, known or not, with 204 and the allowed methods and headers', async () => {
    for (const path of [`/conversations/${conversationId}/activities`, '/conversations/x/upload', '/nope']) {
      const res = await fetch(`${dl}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    }
  });
});
