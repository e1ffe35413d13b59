import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKnowledgeSkill } from '../../../src/answering/knowledge-skill.js';
import { createAssistant } from '../../../src/core/assistant.js';
import { smalltalkSkill } from '../../../src/core/smalltalk-skill.js';
import { chatModelOf } from '../../../src/generation/chat-model.js';
import { createGenerator } from '../../../src/generation/generator.js';
import { TokenBudget } from '../../../src/generation/token-budget.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { startFakeLlmServer, tokens, type FakeLlmServer } from '../../fakes/fake-llm-server.js';
import { startLocalConnector } from '../../fakes/local-connector.js';
import { LAUNCH, WHO, llmConfig, scripted } from '../../generation/fixtures.js';
import { getJson, openConversation, postJson, startChannelServer } from '../channel-test-server.js';

const ANSWER =
  "Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [1]. Il a été clos le 3 mars 2020 [1]. Selon les Côtes-d'Armor, il a été lancé le 20 juillet 2020 [2].";
const SHOWN = "Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [1]. Selon les Côtes-d'Armor, il a été lancé le 20 juillet 2020 [2].";

let llm: FakeLlmServer;
let server: Awaited<ReturnType<typeof startChannelServer>>;
let dl: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  llm = await startFakeLlmServer();
  const config = llmConfig(llm.url);
  const generator = createGenerator({ model: (await chatModelOf(config))!, timeoutMs: 3_000, budget: new TokenBudget(0), logger: silentLogger() });
  // No answer cache: each test generates afresh.
  const assistant = createAssistant({ skills: [smalltalkSkill, createKnowledgeSkill(scripted([[/lanc/i, [LAUNCH, WHO]]]), { generator })], validate: true, cacheSize: 0 });
  server = await startChannelServer({ assistant });
  dl = `${server.baseUrl}/v3/directline`;
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await server.app.close();
  await llm.close();
});
beforeEach(() => {
  llm.script({ chunks: tokens(ANSWER), delayMs: 5 });
});

async function until<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stream(url: string) {
  const ws = new WebSocket(url);
  sockets.push(ws);
  const activities: Array<Record<string, any>> = [];
  ws.on('message', (data) => {
    const text = data.toString();
    if (text) activities.push(...(JSON.parse(text) as { activities: Array<Record<string, any>> }).activities);
  });
  return { opened: new Promise<void>((resolve) => ws.once('open', () => resolve())), activities };
}

const message = (text: string) => ({ type: 'message', from: { id: 'x' }, text, locale: 'fr-FR' });

describe('a generated answer livestreamed over the built-in Direct Line', () => {
  it('WebSocket: informative update, then the checked sentences one by one, then the final message closing the stream', async () => {
    const { token, conversationId, streamUrl } = await openConversation(dl);
    const client = stream(streamUrl);
    await client.opened;
    const posted = await postJson(`${dl}/conversations/${conversationId}/activities`, message('Quand le deuxième AMI a-t-il été lancé ?'), token);
    expect(posted.status).toBe(200);
    const final = await until(() => client.activities.find((a) => a.type === 'message' && a.from.role === 'bot' && a.replyToId));
    const interim = client.activities.filter((a) => a.type === 'typing' && a.channelData?.streamType);
    expect(interim.map((a) => [a.channelData.streamType, a.text])).toEqual([
      ['informative', 'Je cherche dans les sources…'],
      ['streaming', 'Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [1].'],
      ['streaming', SHOWN],
    ]);
    const streamId = interim[0]!.id;
    expect(interim[0]!.channelData).toEqual({ streamType: 'informative', streamSequence: 1 });
    expect(interim.slice(1).map((a) => a.channelData)).toEqual([
      { streamType: 'streaming', streamSequence: 2, streamId },
      { streamType: 'streaming', streamSequence: 3, streamId },
    ]);
    expect(interim[1]!.entities).toEqual([{ type: 'streaminfo', streamType: 'streaming', streamSequence: 2, streamId }]);
    // The final message: the checked answer, its sources, the AI label, and the end of the stream.
    expect(final.text.split('\n\n')[0]).toBe(SHOWN);
    expect(final.channelData).toMatchObject({ streamType: 'final', streamId, answerKind: 'knowledge' });
    expect(final.entities).toEqual(
      expect.arrayContaining([
        { type: 'streaminfo', streamType: 'final', streamId },
        expect.objectContaining({ type: 'https://schema.org/Message', additionalType: ['AIGeneratedContent'] }),
      ]),
    );
    expect(client.activities.indexOf(final)).toBeGreaterThan(client.activities.indexOf(interim.at(-1)!));
    // Polling and a later reader see the final message only: typing activities are never kept.
    const polled = await getJson(`${dl}/conversations/${conversationId}/activities`, token);
    expect(polled.body.activities.filter((a: any) => a.type === 'typing')).toEqual([]);
    expect(polled.body.activities.at(-1).text).toBe(final.text);
  });

  it('a generation that falls back closes the stream with the extractive answer (no marker in the model output)', async () => {
    llm.script({ chunks: tokens('Le deuxième AMI a été lancé en janvier 2020.') });
    const { token, conversationId, streamUrl } = await openConversation(dl);
    const client = stream(streamUrl);
    await client.opened;
    await postJson(`${dl}/conversations/${conversationId}/activities`, message('Quand le deuxième AMI a-t-il été lancé ?'), token);
    const final = await until(() => client.activities.find((a) => a.type === 'message' && a.replyToId));
    const interim = client.activities.filter((a) => a.type === 'typing' && a.channelData?.streamType);
    expect(interim.map((a) => a.channelData.streamType)).toEqual(['informative']);
    expect(final.channelData).toMatchObject({ streamType: 'final', streamId: interim[0]!.id });
    expect(final.text).toContain('Les sources ne concordent pas sur ce point');
  });

  it('polling only (no stream open): no interim activity at all, the final message as usual', async () => {
    const { token, conversationId } = await openConversation(dl);
    await postJson(`${dl}/conversations/${conversationId}/activities`, message('Quand le deuxième AMI a-t-il été lancé ?'), token);
    const polled = await getJson(`${dl}/conversations/${conversationId}/activities`, token);
    const final = polled.body.activities.at(-1);
    expect(final.text.split('\n\n')[0]).toBe(SHOWN);
    expect(final.channelData.streamType).toBeUndefined();
    expect(final.entities.some((e: any) => e.type === 'streaminfo')).toBe(false);
  });

  it('expectReplies and /api/ask get the final answer only, marked generated', async () => {
    const replies = await postJson(`${server.baseUrl}/api/messages`, {
      type: 'message',
      id: 'm1',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode: 'expectReplies',
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      conversation: { id: 'c-expect' },
      text: 'Quand le deuxième AMI a-t-il été lancé ?',
    });
    expect(replies.body.activities.map((a: any) => a.type)).toEqual(['message']);
    expect(replies.body.activities[0].text.split('\n\n')[0]).toBe(SHOWN);
    const asked = await postJson(`${server.baseUrl}/api/ask`, { question: 'Quand le deuxième AMI a-t-il été lancé ?' });
    expect(asked.body).toMatchObject({ text: SHOWN, generated: { provider: 'openai', model: 'albert-large' } });
  });

  it('a centre question or smalltalk opens no stream', async () => {
    const { token, conversationId, streamUrl } = await openConversation(dl);
    const client = stream(streamUrl);
    await client.opened;
    await postJson(`${dl}/conversations/${conversationId}/activities`, message('Bonjour'), token);
    await until(() => client.activities.find((a) => a.type === 'message' && a.replyToId));
    expect(client.activities.filter((a) => a.channelData?.streamType)).toEqual([]);
    expect(llm.received.filter((r) => r.prompt.includes('Bonjour'))).toEqual([]);
  });
});

describe('Teams personal chat: the same livestream through the connector', () => {
  it('informative, streaming updates (coalesced to about one a second) then the final message with its streamId', async () => {
    // A model slow enough (about 2.5 s) for updates a second apart.
    llm.script({ chunks: tokens(ANSWER), delayMs: 100 });
    const connector = await startLocalConnector();
    try {
      const sent = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
        type: 'message',
        id: 't1',
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: 'u-teams', aadObjectId: 'a1' },
        recipient: { id: 'bot' },
        conversation: { id: 'a:personal-1', conversationType: 'personal' },
        text: 'Quand le deuxième AMI a-t-il été lancé ?',
        locale: 'fr-FR',
      }) });
      expect([200, 201]).toContain(sent.status);
      await until(() => connector.received.find((r) => r.body.type === 'message'));
      const bodies = connector.received.map((r) => r.body as Record<string, any>);
      const interim = bodies.filter((b) => b.type === 'typing' && b.entities?.[0]?.type === 'streaminfo');
      expect(interim[0]).toMatchObject({ text: 'Je cherche dans les sources…', entities: [{ type: 'streaminfo', streamType: 'informative', streamSequence: 1 }] });
      // The local connector answers the n-th activity with the id `reply-n`: the first update's id is the stream's.
      const streamId = `reply-${bodies.indexOf(interim[0]!) + 1}`;
      expect(interim.length).toBeGreaterThanOrEqual(2);
      for (const update of interim.slice(1)) expect(update.entities[0]).toMatchObject({ streamType: 'streaming', streamId });
      const final = bodies.find((b) => b.type === 'message')!;
      expect(final.entities).toEqual(expect.arrayContaining([{ type: 'streaminfo', streamType: 'final', streamId }]));
      expect(final.text).toBe(SHOWN);
    } finally {
      await connector.close();
    }
  });
});
