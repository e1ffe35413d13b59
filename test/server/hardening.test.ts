import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector } from '../fakes/local-connector.js';
import { startTestServer } from '../fakes/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.app.close();
});

const post = (base: string, path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${base}${path}`, { method: 'POST', body, headers });
const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message', text: 'Bonjour', channelId: 'emulator', conversation: { id: `c-${Math.random()}` }, from: { id: 'u' }, recipient: { id: 'b' }, ...overrides,
});

describe('/api/messages in anonymous mode', () => {
  it('sends replies only to loopback service URLs: another host gets a 400, and no request leaves', async () => {
    for (const serviceUrl of ['http://10.0.0.1:9/', 'http://169.254.169.254/latest', 'https://example.org', 'http://127.0.0.1.example.org/', 'file:///etc/passwd']) {
      const response = await post(server.baseUrl, '/api/messages', JSON.stringify(activity({ serviceUrl })));
      expect({ serviceUrl, status: response.status }).toEqual({ serviceUrl, status: 400 });
      expect(((await response.json()) as { error: { details?: { path?: string } } }).error.details?.path).toBe('serviceUrl');
    }
    const connector = await startLocalConnector();
    try {
      expect((await post(server.baseUrl, '/api/messages', JSON.stringify(activity({ serviceUrl: connector.url })))).status).toBe(200);
      await connector.waitFor(1);
    } finally {
      await connector.close();
    }
  });

  it('with credentials configured, the anonymous allow-list does not apply (the JWT is required instead)', async () => {
    const authed = await startTestServer({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' } });
    try {
      const response = await post(authed.baseUrl, '/api/messages', JSON.stringify(activity({ serviceUrl: 'https://smba.trafficmanager.net/emea/' })));
      expect(response.status).toBe(401);
    } finally {
      await authed.app.close();
    }
  });

  it('is rate-limited per client address, however the URL is spelled', async () => {
    const limited = await startTestServer({ env: { RATE_LIMIT_MESSAGES_PER_MINUTE: '1', RATE_LIMIT_BURST: '2' } });
    try {
      const statuses = [];
      for (const path of ['/api/messages', '/api/%6Dessages', '/api//messages']) {
        statuses.push((await post(limited.baseUrl, path, JSON.stringify(activity({ deliveryMode: 'expectReplies' })))).status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.app.close();
    }
  });

  it('refuses conversation ids longer than 256 characters', async () => {
    const response = await post(server.baseUrl, '/api/messages', JSON.stringify(activity({ deliveryMode: 'expectReplies', conversation: { id: 'x'.repeat(257) } })));
    expect(response.status).toBe(400);
  });

  it('answers 400 to a body nested 5,000 levels deep, and 415 to a body that is not JSON', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    expect((await post(server.baseUrl, '/api/messages', deep)).status).toBe(400);
    expect((await post(server.baseUrl, '/api/ask', deep)).status).toBe(400);
    const xml = await post(server.baseUrl, '/api/ask', '<question>Bonjour</question>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    expect(((await xml.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    // fetch without headers sends text/plain: still read as JSON (a browser's simple request).
    expect((await post(server.baseUrl, '/api/ask', JSON.stringify({ question: 'Bonjour' }), {})).status).toBe(200);
  });

  it('when thousands of odd activities pass the schema or not, answers 200 or 400 and the bot turn never fails', async () => {
    const unlimited = await startTestServer({ env: { RATE_LIMIT_MESSAGES_PER_MINUTE: '0' } });
    const odd = [null, 0, -1, '', 'x', [], [null], [{}], {}, { id: 1 }, true, 'x'.repeat(3000), [1, 2], { a: { b: [] } }, [{ type: 'mention' }], [{ type: 'mention', mentioned: {} }], [{ type: 'mention', mentioned: { id: 'b' }, text: 7 }]];
    const fields = ['text', 'value', 'entities', 'attachments', 'membersAdded', 'membersRemoved', 'channelData', 'name', 'recipient', 'from', 'locale', 'replyToId', 'textFormat', 'suggestedActions', 'timestamp', 'localTimestamp', 'action', 'reactionsAdded', 'conversation'];
    const types = ['message', 'invoke', 'event', 'conversationUpdate', 'messageReaction', 'typing', 'installationUpdate', 'endOfConversation', 'x'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const failures: string[] = [];
    for (let i = 0; i < 1500; i += 1) {
      const a: Record<string, unknown> = { ...activity({ deliveryMode: 'expectReplies', channelId: pick(['msteams', 'webchat', 'emulator', 'directline']) }), type: pick(types) };
      for (let j = 0; j < 1 + Math.floor(random() * 4); j += 1) {
        const field = pick(fields);
        a[field] = field === 'conversation' ? { id: `c-${i}`, isGroup: pick(odd), tenantId: pick(odd) } : pick(odd);
      }
      if (a.type === 'invoke' && random() < 0.5) a.name = pick(['message/submitAction', 'adaptiveCard/action', 'x']);
      const response = await post(unlimited.baseUrl, '/api/messages', JSON.stringify(a));
      const text = await response.text();
      if (![200, 400].includes(response.status) || /une erreur m'empêche|something went wrong/.test(text)) failures.push(`${response.status} ${JSON.stringify(a).slice(0, 600)}`);
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${unlimited.baseUrl}/healthz`)).status).toBe(200);
    await unlimited.app.close();
  }, 120_000);
});
