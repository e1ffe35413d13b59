import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import { ConnectionStatus, DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { postJson, startChannelServer } from '../channel-test-server.js';

/**
 * The built-in endpoint judged by Microsoft's own client, botframework-directlinejs 0.15.8 (what Web Chat runs), in
 * its two transports and in the situations its test scenarios cover: a conversation, token refresh, reconnecting
 * with the watermark after a dropped socket, and an expired token.
 */

// directlinejs in Node: an XMLHttpRequest implementation, and — for WebSocket mode — a global WebSocket (it checks
// for one before using the WebSocket it is given).
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= createRequire(import.meta.url)('xhr2');
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

type Server = Awaited<ReturnType<typeof startChannelServer>>;

/** Every activity the client emits, as it arrives. */
function record(directLine: DirectLine): Activity[] {
  const seen: Activity[] = [];
  directLine.activity$.subscribe((activity) => seen.push(activity), () => undefined);
  return seen;
}

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function status(directLine: DirectLine): ConnectionStatus {
  return (directLine.connectionStatus$ as unknown as { getValue(): ConnectionStatus }).getValue();
}

function post(directLine: DirectLine, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    directLine.postActivity({ type: 'message', from: { id: 'citizen-1', name: 'Citoyen' }, text, channelData: { clientActivityID: `c-${text}` } } as Message).subscribe(resolve, reject);
  });
}

/** HTTP requests and upgrades the server received, as "METHOD /path?query". */
function traffic(server: Server): { requests: string[]; upgrades: string[]; sockets: Duplex[] } {
  const log = { requests: [] as string[], upgrades: [] as string[], sockets: [] as Duplex[] };
  const http = server.app.server.server;
  http.on('request', (req: IncomingMessage) => log.requests.push(`${req.method} ${req.url}`));
  http.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    log.upgrades.push(`${req.method} ${req.url}`);
    log.sockets.push(socket);
  });
  return log;
}

const bot = (a: Activity) => a.type === 'message' && a.from.role === 'bot';
const polls = (log: { requests: string[] }) => log.requests.filter((r) => /^GET \/v3\/directline\/conversations\/[^/]+\/activities/.test(r));

describe('botframework-directlinejs against the built-in Direct Line endpoint', () => {
  let server: Server;
  let log: ReturnType<typeof traffic>;
  let clock = Date.now();
  const clients: DirectLine[] = [];
  const connect = async (options: Record<string, unknown>) => {
    const { body: grant } = await postJson(`${server.baseUrl}/api/directline/token`, { locale: 'fr-FR' });
    const directLine = new DirectLine({ token: grant.token, domain: grant.domain, pollingInterval: 200, WebSocket, ...options } as never);
    clients.push(directLine);
    return { directLine, grant, seen: record(directLine) };
  };

  beforeAll(async () => {
    server = await startChannelServer({ directLine: { now: () => clock, tokenTtlSeconds: 1200 } });
    log = traffic(server);
  });
  afterEach(() => {
    clock = Date.now();
  });
  afterAll(async () => {
    for (const client of clients) client.end();
    await server.app.close();
  });

  it('polling: gets the welcome, the echo of its message (as the token\'s user) and the cited answer, and no typing', async () => {
    const { directLine, grant, seen } = await connect({ webSocket: false });
    expect(grant.domain).toBe(`${server.baseUrl}/v3/directline`);
    const welcome = (await until(() => seen.find(bot), 'the welcome')) as Message;
    expect(welcome.text).toMatch(/assistant « territoires » du Cnam/);
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(0);

    const id = await post(directLine, 'Quand a été lancé le deuxième AMI ?');
    const answer = (await until(() => seen.find((a) => (a as Message & { replyToId?: string }).replyToId === id), 'the answer')) as Message;
    const echo = seen.find((a) => a.id === id) as Message;
    expect(echo.channelData?.clientActivityID).toBe('c-Quand a été lancé le deuxième AMI ?');
    expect(echo.from.id).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(echo.from.id).not.toBe('citizen-1');
    expect(answer.text).toContain('20 janvier 2020 [1]');
    const [entity] = (answer.entities ?? []) as Array<Record<string, any>>;
    expect(entity).toMatchObject({ '@type': 'Message', '@id': '', additionalType: ['AIGeneratedContent'], keywords: ['AIGeneratedContent'] });
    expect(seen.filter((a) => a.type === 'typing')).toEqual([]);
    expect(status(directLine)).toBe(ConnectionStatus.Online);
  });

  it('WebSocket (its default): opens the streamUrl and receives everything over it, without polling', async () => {
    const pollsBefore = polls(log).length;
    const upgradesBefore = log.upgrades.length;
    const { directLine, seen } = await connect({});
    await until(() => seen.find(bot), 'the welcome');
    const id = await post(directLine, 'Quand a été lancé le deuxième AMI ?');
    const answer = (await until(() => seen.find((a) => (a as { replyToId?: string }).replyToId === id), 'the answer')) as Message;
    expect(answer.text).toContain('20 janvier 2020 [1]');
    expect(seen.filter((a) => a.id === id)).toHaveLength(1);
    expect(log.upgrades.slice(upgradesBefore)).toEqual([expect.stringMatching(/^GET \/v3\/directline\/conversations\/[0-9a-f]{32}\/stream\?t=/)]);
    expect(polls(log).length).toBe(pollsBefore);
    expect(status(directLine)).toBe(ConnectionStatus.Online);
  });

  it('WebSocket: when the socket drops, reconnects with its watermark and gets what it missed, once', async () => {
    const { directLine, seen } = await connect({});
    (directLine as unknown as { getRetryDelay: () => number }).getRetryDelay = () => 50;
    await until(() => seen.find(bot), 'the welcome');
    const firstId = await post(directLine, 'Merci');
    await until(() => seen.some((a) => (a as { replyToId?: string }).replyToId === firstId), 'the first reply');
    const watermark = (directLine as unknown as { watermark: string }).watermark;
    expect(watermark).toBe('3');

    log.sockets.at(-1)!.destroy();
    // Sent while the stream is down: the reply waits in the conversation.
    const missedId = await post(directLine, 'Quand a été lancé le deuxième AMI ?');
    const missed = await until(() => seen.find((a) => (a as { replyToId?: string }).replyToId === missedId), 'the reply sent while disconnected');
    expect((missed as Message).text).toContain('20 janvier 2020');
    expect(log.requests).toContainEqual(expect.stringMatching(new RegExp(`^GET /v3/directline/conversations/[0-9a-f]{32}\\?watermark=${watermark}$`)));
    expect(log.upgrades.at(-1)).toMatch(new RegExp(`[?&]watermark=${watermark}(&|$)`));
    const ids = seen.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(status(directLine)).toBe(ConnectionStatus.Online);
  });

  it('polling: when the token expires, the client sees ExpiredToken (not "Online")', async () => {
    const { directLine, seen } = await connect({ webSocket: false });
    await until(() => seen.find(bot), 'the welcome');
    clock += 1201 * 1000;
    await until(() => status(directLine) === ConnectionStatus.ExpiredToken, 'ExpiredToken');
  });

  it('WebSocket: when the token has expired and the stream drops, the client sees ExpiredToken', async () => {
    const { directLine, seen } = await connect({});
    (directLine as unknown as { getRetryDelay: () => number }).getRetryDelay = () => 50;
    await until(() => seen.find(bot), 'the welcome');
    clock += 1201 * 1000;
    log.sockets.at(-1)!.destroy();
    await until(() => status(directLine) === ConnectionStatus.ExpiredToken, 'ExpiredToken');
  });

  it('token refresh: its refresh loop (every 15 min) keeps the conversation going past the first token\'s expiry', async () => {
    // directlinejs schedules its refresh with rxjs, on setInterval: only that clock is faked (and pumped so rxjs keeps
    // running); HTTP and polling stay on real time, and the server's clock is moved by hand.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let pumping = true;
    const pump = async () => {
      while (pumping) {
        vi.advanceTimersByTime(20);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const pumped = pump();
    try {
      const { directLine, grant, seen } = await connect({ webSocket: false });
      await until(() => seen.find(bot), 'the welcome');
      const refreshesBefore = log.requests.filter((r) => r === 'POST /v3/directline/tokens/refresh').length;
      clock += 15 * 60 * 1000;
      vi.advanceTimersByTime(15 * 60 * 1000);
      await until(() => log.requests.filter((r) => r === 'POST /v3/directline/tokens/refresh').length > refreshesBefore, 'a refresh');
      await until(() => (directLine as unknown as { token: string }).token !== grant.token, 'the new token in use');
      // The first token (20 min) is now expired; the refreshed one is not.
      clock += 10 * 60 * 1000;
      const id = await post(directLine, 'Quand a été lancé le deuxième AMI ?');
      await until(() => seen.find((a) => (a as { replyToId?: string }).replyToId === id), 'the answer after the first token expired');
      expect(status(directLine)).toBe(ConnectionStatus.Online);
    } finally {
      pumping = false;
      await pumped;
      vi.useRealTimers();
    }
  });
});
