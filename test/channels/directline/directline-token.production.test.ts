import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startChannelServer } from '../channel-test-server.js';

const SECRET = 'test-direct-line-secret-0123456789';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: any;
}

/** A fake Azure Direct Line service on 127.0.0.1 that issues tokens. */
async function startFakeDirectLine() {
  const seen: Seen[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString()));
      req.on('end', () => resolve(data));
    });
  const server = createServer(async (req, res) => {
    const text = await read(req);
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    if (req.method === 'POST' && req.url === '/v3/directline/tokens/generate' && req.headers.authorization === `Bearer ${SECRET}`) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-abc', expires_in: 3600 }));
      return;
    }
    res.writeHead(403, { 'Content-Type': 'application/json' });
    res.end('{"error":{"code":"BadArgument"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
  return { domain, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('POST /api/directline/token in production mode (DIRECT_LINE_SECRET set)', () => {
  let fake: Awaited<ReturnType<typeof startFakeDirectLine>>;
  let server: Awaited<ReturnType<typeof startChannelServer>>;

  beforeAll(async () => {
    fake = await startFakeDirectLine();
    server = await startChannelServer({ env: { DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: fake.domain } });
  });
  afterAll(async () => {
    await server.app.close();
    await fake.close();
  });

  it('exchanges the secret with the Direct Line service and returns its token and domain, never the secret', async () => {
    const res = await postJson(`${server.baseUrl}/api/directline/token`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ conversationId: 'azure-conv-1', token: 'azure-token-abc', expires_in: 3600, domain: fake.domain });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    const call = fake.seen.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect(call.body.user.id).toMatch(/^dl_[0-9a-f]{24}$/);
  });

  it('when the page and widget are served, the secret is nowhere in them', async () => {
    for (const path of ['/', '/embed.js']) {
      const text = await (await fetch(`${server.baseUrl}${path}`)).text();
      expect(text).not.toContain(SECRET);
    }
  });

  it('when the Direct Line service refuses, answers a JSON error', async () => {
    const refused = await startChannelServer({ env: { DIRECT_LINE_SECRET: 'wrong-secret', DIRECT_LINE_DOMAIN: fake.domain } });
    try {
      const res = await postJson(`${refused.baseUrl}/api/directline/token`);
      expect(res.status).toBe(500);
      expect(res.body.error.message).toMatch(/DIRECT_LINE_SECRET/);
    } finally {
      await refused.app.close();
    }
  });
});
