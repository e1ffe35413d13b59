import http, { type IncomingMessage } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A small round-robin reverse proxy, as a load balancer without stickiness: each HTTP request and each WebSocket
 * upgrade goes to the next instance in turn. Like nginx's default `proxy_next_upstream error`, a request whose
 * instance refuses the connection (it is dead) goes to the next one — nothing was sent, so nothing is repeated. It
 * appends the client's address to X-Forwarded-For (the instances run with TRUST_PROXY_HOPS=1), and tests play several
 * clients by sending X-Forwarded-For themselves: the proxy then keeps theirs as the client address.
 */
export interface RoundRobinProxy {
  url: string;
  /** Which instance (index) served each request, in order, as "index METHOD path". */
  served: string[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  const ports = targets.map((t) => Number(new URL(t).port));
  let next = 0;
  const served: string[] = [];
  const sockets = new Set<Duplex>();
  const pick = () => {
    const index = next % ports.length;
    next += 1;
    return index;
  };
  const forwardedFor = (req: IncomingMessage) => {
    const given = req.headers['x-forwarded-for'];
    return typeof given === 'string' && given ? given : req.socket.remoteAddress ?? '127.0.0.1';
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const index = pick();
        const upstream = http.request(
          { host: '127.0.0.1', port: ports[index], method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': forwardedFor(req) } },
          (response) => {
            served.push(`${index} ${req.method} ${(req.url ?? '').split('?')[0]}`);
            res.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(res);
          },
        );
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED' && tries < ports.length) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'bad_gateway', message: error.message } }));
        });
        upstream.end(body);
      };
      attempt(1);
    });
  });

  server.on('upgrade', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const index = pick();
    served.push(`${index} UPGRADE ${(req.url ?? '').split('?')[0]}`);
    const upstream = net.connect(ports[index]!, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i]!.toLowerCase() !== 'x-forwarded-for') lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      }
      lines.push(`X-Forwarded-For: ${forwardedFor(req)}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
