import { createServer, type IncomingMessage, type Server } from 'node:http';

/** A reply the bot sent to the connector. */
export interface ReceivedActivity {
  path: string;
  body: Record<string, unknown>;
}

/**
 * A minimal Bot Framework connector on 127.0.0.1: it accepts the bot's
 * `POST /v3/conversations/{id}/activities[/{replyTo}]` and records each body.
 */
export async function startLocalConnector(): Promise<{ url: string; received: ReceivedActivity[]; waitFor(count: number): Promise<void>; close(): Promise<void> }> {
  const received: ReceivedActivity[] = [];
  const waiters: Array<() => void> = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => resolve(data));
    });
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
      received.push({ path: req.url ?? '', body: JSON.parse(body) as Record<string, unknown> });
      waiters.splice(0).forEach((w) => w());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async waitFor(count) {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
