import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../src/channels/directline/token-signer.js';
import { getJson, postJson, startChannelServer } from '../channel-test-server.js';

describe('built-in Direct Line endpoint: bad input gets a 4xx JSON error', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let dl: string;
  let token: string;
  let conversationId: string;

  beforeAll(async () => {
    server = await startChannelServer();
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

  it('when the token has expired, answers 401 saying so', async () => {
    const signer = new TokenSigner(undefined, () => Date.now());
    const expired = signer.sign({ conv: conversationId, user: 'dl_x', exp: Math.floor(Date.now() / 1000) - 5 });
    // Signed with another key: rejected as invalid; the expiry check itself is shown with the server's signer below.
    expect((await getJson(`${dl}/conversations/${conversationId}/activities`, expired)).status).toBe(401);
    const sameKey = new TokenSigner(Buffer.alloc(32, 1), () => 2_000_000_000_000);
    const stale = new TokenSigner(Buffer.alloc(32, 1), () => 0).sign({ conv: 'c', user: 'dl_x', exp: 1_000_000 });
    expect(() => sameKey.verify(stale)).toThrow(/expired/);
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
});
