import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalTarget } from '../../src/server/canonical-target.js';
import { startTestServer } from '../fakes/test-server.js';
import { get, rawRequest } from './raw-http.js';

describe('canonicalTarget', () => {
  it.each([
    ['/api/ask', '/api/ask'],
    ['http://127.0.0.1:3978/api/ask?x=1', '/api/ask?x=1'],
    ['HTTPS://example.org/api/ask', '/api/ask'],
    ['/api/%61sk', '/api/ask'],
    ['/api/%61%73%6B', '/api/ask'],
    ['/api/ask;x', '/api/ask'],
    ['/api;v=1/ask;jsessionid=2', '/api/ask'],
    ['//api///ask', '/api/ask'],
    ['/api/./ask', '/api/ask'],
    ['/x/../api/ask', '/api/ask'],
    ['/v3/directline/%63onversations', '/v3/directline/conversations'],
    ['/a%2fb', '/a%2Fb'],
    ['/webchat/', '/webchat/'],
    ['/', '/'],
    ['/api/ask#frag', '/api/ask'],
  ])('reads %s as %s', (raw, canonical) => {
    expect(canonicalTarget(raw)).toBe(canonical);
  });

  it.each(['http://[/', 'http://', '*', 'api/ask', '/%zz', '/%4', '/../etc/passwd', '/a\\b', 'ftp://host/x', ''])('refuses %s', (raw) => {
    expect(canonicalTarget(raw)).toBeNull();
  });
});

describe('malformed request targets on the real server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '2' } });
    port = Number(new URL(server.baseUrl).port);
  });
  afterAll(async () => {
    await server.app.close();
  });

  it('when the target is an unparsable absolute URL, answers 400 and stays up', async () => {
    for (const target of ['http://[/', 'http://[::1/api/ask', 'http://a b/', 'https://%zz/', '/%', '/..', '*']) {
      const { status } = await rawRequest(port, get(target));
      expect({ target, status }).toEqual({ target, status: 400 });
    }
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it('when the same endpoint is respelled, the rate limit still counts it', async () => {
    const ask = (target: string) =>
      rawRequest(
        port,
        `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 19\r\nConnection: close\r\n\r\n{"question":"test"}`,
      );
    const statuses = [];
    for (const target of ['/api/ask', `http://127.0.0.1:${port}/api/ask`, '/api/%61sk', '/api/ask;x', '//api/./ask']) {
      statuses.push((await ask(target)).status);
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.slice(2)).toEqual([429, 429, 429]);
  });

  it('when thousands of generated targets arrive, every answer is a status below 500 and the server lives', async () => {
    const alphabet = "/%?#;:@[]!$&'()*+,=-._~aZ09\\";
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const prefixes = ['', '/', 'http://', 'http://127.0.0.1', '/api/', '/v3/directline/'];
    const failures: string[] = [];
    for (let i = 0; i < 400; i += 1) {
      let target = prefixes[Math.floor(random() * prefixes.length)]!;
      const length = 1 + Math.floor(random() * 12);
      for (let j = 0; j < length; j += 1) target += alphabet[Math.floor(random() * alphabet.length)];
      const { status } = await rawRequest(port, get(target));
      if (status === 0 || status >= 500) failures.push(`${target} → ${status}`);
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });
});
