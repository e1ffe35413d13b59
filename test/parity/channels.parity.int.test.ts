import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { separateMarkers } from '../../src/channels/botframework/render-answer.js';
import { buildAssistant } from '../../src/compose/build-assistant.js';
import { configSchema } from '../../src/config.js';
import { answerSchema, type Answer } from '../../src/core/answer.js';
import { silentLogger } from '../../src/logging/logger.js';
import { getJson, postJson, startChannelServer } from '../channels/channel-test-server.js';

/**
 * One question through every door — the JSON API, the Bot Framework endpoint as the Emulator and as Teams, and
 * the built-in Direct Line endpoint the widget uses — with the real knowledge: the same Answer each time,
 * rendered for each channel.
 */
let server: Awaited<ReturnType<typeof startChannelServer>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cnam-parity-'));
  const config = configSchema.parse({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  server = await startChannelServer({ assistant: await buildAssistant({ logger: silentLogger(), config, validate: true }) });
}, 120_000);

afterAll(async () => {
  await server.app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function viaApi(question: string): Promise<Answer> {
  const { status, body } = await postJson(`${server.baseUrl}/api/ask`, { question });
  expect(status).toBe(200);
  return answerSchema.parse(body);
}

async function viaBotFramework(question: string, channelId: string) {
  const { status, body } = await postJson(`${server.baseUrl}/api/messages`, {
    type: 'message', id: `m-${channelId}`, text: channelId === 'msteams' ? `<at>Assistant</at> ${question}` : question,
    channelId, deliveryMode: 'expectReplies', conversation: { id: `parity-${channelId}-${Math.random()}` },
    from: { id: 'user' }, recipient: { id: 'bot', name: 'Assistant' },
    entities: channelId === 'msteams' ? [{ type: 'mention', text: '<at>Assistant</at>', mentioned: { id: 'bot', name: 'Assistant' } }] : [],
  });
  expect(status).toBe(200);
  return (body as { activities: Array<{ type: string; text: string; entities?: Array<Record<string, any>> }> }).activities.at(-1)!;
}

async function viaDirectLine(question: string) {
  const dl = `${server.baseUrl}/v3/directline`;
  const { token, conversationId } = (await postJson(`${dl}/conversations`, undefined, (await postJson(`${server.baseUrl}/api/directline/token`)).body.token)).body;
  expect((await postJson(`${dl}/conversations/${conversationId}/activities`, { type: 'message', from: { id: 'dl_user' }, text: question }, token)).status).toBe(200);
  const { body } = await getJson(`${dl}/conversations/${conversationId}/activities`, token);
  const replies = (body.activities as Array<{ type: string; from: { id: string }; text?: string; replyToId?: string }>).filter(
    (a) => a.type === 'message' && a.from.id !== 'dl_user' && a.replyToId,
  );
  return replies.at(-1)!;
}

describe.each([
  ['a knowledge question', 'Quand le deuxième AMI a-t-il été lancé ?', 'knowledge'],
  ['a town question', 'Y a-t-il un centre Cnam à Chaumont ?', 'centre'],
  ['an English question', 'Is there a Cnam centre in Sedan?', 'centre'],
])('parity for %s', (_label, question, kind) => {
  it('every channel shows the same cited answer, rendered for that channel', async () => {
    const answer = await viaApi(question);
    expect(answer.kind).toBe(kind);
    expect(answer.citations.length).toBeGreaterThan(0);
    const text = separateMarkers(answer.text);

    const emulator = await viaBotFramework(question, 'emulator');
    expect(emulator.text.startsWith(text)).toBe(true);
    for (const c of answer.citations) expect(emulator.text).toContain(`[${c.n}]: ${c.url}`);

    const teams = await viaBotFramework(question, 'msteams');
    expect(teams.text).toBe(text);
    const claims = teams.entities?.find((e) => e['@type'] === 'Message')?.citation as Array<{ position: number; appearance: { url: string } }>;
    expect(claims.map((c) => [c.position, c.appearance.url])).toEqual(answer.citations.map((c) => [c.n, c.url]));

    const directLine = await viaDirectLine(question);
    expect(directLine.text).toBe(emulator.text);
  });
});
