import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector } from '../../fakes/local-connector.js';
import { startTestServer } from '../../fakes/test-server.js';

/**
 * What leaves the process on the connector path (Teams, Azure Direct Line, the Emulator): the reply is POSTed to
 * the activity's serviceUrl by botbuilder's connector client. The JSON a local connector receives must carry the
 * whole citation entity, exactly as the in-process path (expectReplies) renders it.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.app.close();
});

const activity = (channelId: string, overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `act-${channelId}`,
  text: 'Quand a été lancé le deuxième AMI ?',
  channelId,
  locale: 'fr-FR',
  conversation: { id: `conv-${channelId}-${Math.random()}` },
  from: { id: 'user-1', name: 'Citoyen' },
  recipient: { id: 'bot', name: 'Assistant' },
  ...overrides,
});

const post = (body: unknown) =>
  fetch(`${server.baseUrl}/api/messages`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('replies through a connector', () => {
  it.each(['msteams', 'webchat', 'emulator', 'directline'])('on channel %s, the connector receives the full citation entity and the AI label', async (channelId) => {
    const connector = await startLocalConnector();
    try {
      expect((await post(activity(channelId, { serviceUrl: connector.url }))).status).toBe(200);
      await connector.waitFor(2);
      const message = connector.received.find((r) => r.body.type === 'message')!.body as Record<string, unknown> & { entities: Array<Record<string, unknown>> };
      const [entity] = message.entities;
      expect(message.entities).toHaveLength(1);
      expect(entity).toMatchObject({
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        additionalType: ['AIGeneratedContent'],
        keywords: ['AIGeneratedContent'],
      });
      const citation = entity!.citation as Array<Record<string, unknown>>;
      expect(citation.length).toBeGreaterThan(0);
      expect(citation[0]).toMatchObject({
        '@type': 'Claim',
        position: 1,
        appearance: { '@type': 'DigitalDocument', url: expect.stringMatching(/^https:\/\//), name: expect.any(String), abstract: expect.any(String) },
      });
      expect(entity!.potentialAction).toEqual([
        { '@type': 'LikeAction', '@id': expect.stringMatching(/#like$/) },
        { '@type': 'DislikeAction', '@id': expect.stringMatching(/#dislike$/) },
      ]);
      expect(message.channelData).toMatchObject({ feedbackLoopEnabled: true });

      // The in-process path renders the same entity: nothing is lost between the two.
      const inProcess = (await (await post(activity(channelId, { deliveryMode: 'expectReplies' }))).json()) as { activities: Array<{ entities?: unknown[] }> };
      const expected = structuredClone(inProcess.activities.at(-1)!.entities![0]) as Record<string, unknown>;
      const received = structuredClone(entity) as Record<string, unknown>;
      delete expected.potentialAction;
      delete received.potentialAction;
      expect(received).toEqual(expected);
    } finally {
      await connector.close();
    }
  });
});
