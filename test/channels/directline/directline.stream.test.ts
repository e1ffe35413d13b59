import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { getJson, openConversation, postJson, startChannelServer } from '../channel-test-server.js';

interface ActivitySet {
  activities: Array<Record<string, any>>;
  watermark: string;
}

/** A raw WebSocket client that records every message (parsed; '' for keep-alives). */
function connect(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const messages: Array<ActivitySet | ''> = [];
  ws.on('message', (data) => {
    const text = data.toString();
    messages.push(text === '' ? '' : (JSON.parse(text) as ActivitySet));
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, body: body ? JSON.parse(body) : undefined })));
    });
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const activities = () => messages.flatMap((m) => (m === '' ? [] : m.activities));
  return { ws, messages, opened, closed, activities };
}

async function until<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ORIGIN = 'https://www.ville-exemple.fr';

describe('built-in Direct Line WebSocket stream (streamUrl)', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let dl: string;
  let clock = Date.now();
  const sockets: WebSocket[] = [];
  const open = (url: string, headers: Record<string, string> = {}) => {
    const client = connect(url, headers);
    sockets.push(client.ws);
    return client;
  };

  beforeAll(async () => {
    server = await startChannelServer({ env: { WEBCHAT_ALLOWED_ORIGINS: ORIGIN }, directLine: { now: () => clock, keepAliveMs: 100 } });
    dl = `${server.baseUrl}/v3/directline`;
  });
  afterAll(async () => {
    for (const ws of sockets) ws.terminate();
    await server.app.close();
  });

  it('starting a conversation gives a ws:// streamUrl on this server, whose ticket only opens the stream', async () => {
    const { streamUrl, token, conversationId } = await openConversation(dl);
    const url = new URL(streamUrl);
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`${dl.replace('http', 'ws')}/conversations/${conversationId}/stream`);
    const ticket = url.searchParams.get('t')!;
    expect(ticket).not.toBe(token);
    expect((await getJson(`${dl}/conversations/${conversationId}/activities`, ticket)).status).toBe(401);
  });

  it('sends the welcome first, then the echo and the reply as they arrive, as ActivitySets with watermarks', async () => {
    const { streamUrl, token, conversationId } = await openConversation(dl);
    const client = open(streamUrl);
    await client.opened;
    const [first] = await until(() => client.messages.length > 0 && client.messages);
    expect(first).toEqual({ activities: [expect.objectContaining({ type: 'message', from: expect.objectContaining({ role: 'bot' }) })], watermark: '1' });
    const posted = await postJson(`${dl}/conversations/${conversationId}/activities`, { type: 'message', from: { id: 'x' }, text: 'Quand a été lancé le deuxième AMI ?' }, token);
    await until(() => client.activities().length >= 3);
    const [, echo, answer] = client.activities();
    expect(echo).toMatchObject({ id: posted.body.id, text: 'Quand a été lancé le deuxième AMI ?', from: { role: 'user' } });
    expect(answer).toMatchObject({ replyToId: posted.body.id, text: expect.stringContaining('20 janvier 2020 [1]') });
    const watermarks = client.messages.filter((m): m is ActivitySet => m !== '').map((m) => Number(m.watermark));
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    expect(watermarks.at(-1)).toBe(3);
  });

  it('sends an empty message as keep-alive', async () => {
    const { streamUrl } = await openConversation(dl);
    const client = open(streamUrl);
    await client.opened;
    await until(() => client.messages.includes(''));
  });

  it('when reconnecting with a watermark (GET /conversations/{id}?watermark=), replays only what came after it', async () => {
    const { token, conversationId } = await openConversation(dl);
    await postJson(`${dl}/conversations/${conversationId}/activities`, { type: 'message', from: { id: 'x' }, text: 'Merci' }, token);
    const again = await getJson(`${dl}/conversations/${conversationId}?watermark=1`, token);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ conversationId, token, streamUrl: expect.stringContaining('watermark=1') });
    const client = open(again.body.streamUrl);
    await client.opened;
    const [backlog] = await until(() => client.messages.length > 0 && client.messages);
    expect((backlog as ActivitySet).activities.map((a) => a.text)).toEqual(['Merci', expect.any(String)]);
    expect((backlog as ActivitySet).watermark).toBe('3');
  });

  it('accepts the conversation token in an Authorization header instead of the ticket', async () => {
    const { token, conversationId } = await openConversation(dl);
    const client = open(`${dl.replace('http', 'ws')}/conversations/${conversationId}/stream`, { Authorization: `Bearer ${token}` });
    await client.opened;
    await until(() => client.activities().length > 0);
  });

  it('refuses a missing, foreign, misused or expired credential, a foreign site and an unknown path with the JSON errors of the HTTP routes', async () => {
    const mine = await openConversation(dl);
    const other = await openConversation(dl);
    const base = `${dl.replace('http', 'ws')}/conversations/${mine.conversationId}/stream`;
    const refusal = (url: string, headers: Record<string, string> = {}) => open(url, headers).opened.then(() => ({ status: 101 }), (e: { status: number; body: any }) => e);
    expect(await refusal(base)).toMatchObject({ status: 401 });
    expect(await refusal(`${base}?t=${encodeURIComponent(mine.token)}`)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await refusal(`${base}?t=${new URL(other.streamUrl).searchParams.get('t')}`)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await refusal(mine.streamUrl, { Origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(await refusal(mine.streamUrl, { Origin: ORIGIN })).toEqual({ status: 101 });
    expect(await refusal(mine.streamUrl, { Origin: server.baseUrl })).toEqual({ status: 101 });
    expect(await refusal(`${dl.replace('http', 'ws')}/conversations/${mine.conversationId}/nope`)).toMatchObject({ status: 404 });
    clock += 10 * 60 * 1000;
    try {
      expect(await refusal(mine.streamUrl)).toMatchObject({ status: 403, body: { error: { code: 'TokenExpired' } } });
    } finally {
      clock = Date.now();
    }
  });

  it('keeps two streams per conversation: a third closes the oldest', async () => {
    const { token, conversationId } = await openConversation(dl);
    const streamUrl = async () => (await getJson(`${dl}/conversations/${conversationId}`, token)).body.streamUrl as string;
    const first = open(await streamUrl());
    await first.opened;
    const second = open(await streamUrl());
    await second.opened;
    const third = open(await streamUrl());
    await third.opened;
    expect((await first.closed).code).toBe(1000);
    expect(second.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('when the conversation is forgotten (idle past an hour), closes its streams', async () => {
    const { streamUrl } = await openConversation(dl);
    const client = open(streamUrl);
    await client.opened;
    clock += 61 * 60 * 1000;
    try {
      expect(await client.closed).toEqual({ code: 1000, reason: 'conversation ended' });
    } finally {
      clock = Date.now();
    }
  });
});
