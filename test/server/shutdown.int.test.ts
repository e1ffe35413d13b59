import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, spawnService } from '../fakes/spawn-service.js';
import { startTestServer } from '../fakes/test-server.js';

let dataDir = '';
beforeAll(() => {
  buildBundle();
  dataDir = mkdtempSync(path.join(tmpdir(), 'cnam-shutdown-'));
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Opens a POST /api/ask and sends only half of its body: a request in flight until `finish` is called. */
function slowAsk(port: number): Promise<{ finish(): void; status: Promise<number> }> {
  const body = JSON.stringify({ question: 'Quand le deuxième AMI a-t-il été lancé ?' });
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
      let response = '';
      const status = new Promise<number>((done) => {
        socket.on('data', (chunk) => {
          response += chunk.toString();
          const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
          if (match) done(Number(match[1]));
        });
        socket.on('close', () => done(0));
      });
      resolve({ finish: () => socket.write(body.slice(10)), status });
    });
  });
}

describe('graceful shutdown of the real process', () => {
  it('on SIGTERM, a request in flight still gets its answer, new connections are refused, and the exit code is 0', async () => {
    const service = await spawnService({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '10000' });
    const port = Number(new URL(service.baseUrl).port);
    const inFlight = await slowAsk(port);
    await new Promise((r) => setTimeout(r, 200)); // the request's headers have reached the server
    service.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${service.baseUrl}/healthz`)).rejects.toThrow();
    inFlight.finish();
    expect(await inFlight.status).toBe(200);
    expect(await service.exited).toBe(0);
  }, 60_000);

  it('when a request is still in flight at the end of the grace period, it is cut and the exit code is 1', async () => {
    const service = await spawnService({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '300' });
    const inFlight = await slowAsk(Number(new URL(service.baseUrl).port));
    await new Promise((r) => setTimeout(r, 200)); // the request's headers have reached the server
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(1);
    expect(await inFlight.status).toBe(0);
    expect(service.logs.some((l) => l.includes('in-flight requests were cut'))).toBe(true);
  }, 60_000);
});

describe('/readyz while draining', () => {
  it('answers 503 shutting_down (load balancers stop sending), while requests already in flight are still answered', async () => {
    const server = await startTestServer();
    try {
      server.app.readiness.startDraining();
      const ready = await fetch(`${server.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'shutting_down' });
      expect(ready.headers.get('retry-after')).toBe('1');
      const ask = await fetch(`${server.baseUrl}/api/ask`, { method: 'POST', body: JSON.stringify({ question: 'Bonjour' }) });
      expect(ask.status).toBe(200);
    } finally {
      await server.app.close();
    }
  });
});
