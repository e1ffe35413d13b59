import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAINT_DENIS_CHOICES } from '../../fakes/fake-assistant.js';
import { postJson, startChannelServer } from '../channel-test-server.js';

type AnyActivity = Record<string, any>;

const conversation = { id: 'a:teams-conv-1', conversationType: 'personal', tenantId: 'tenant-1' };
const teamsBase = {
  channelId: 'msteams',
  deliveryMode: 'expectReplies',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation,
  from: { id: '29:agent-1', name: 'Agent municipal', aadObjectId: 'aad-1' },
  recipient: { id: '28:bot-id', name: 'Assistant Cnam' },
  locale: 'fr-FR',
};

describe('Teams-shaped activities on /api/messages (expectReplies)', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let answer: AnyActivity;

  beforeAll(async () => {
    server = await startChannelServer();
    const res = await postJson(`${server.baseUrl}/api/messages`, {
      ...teamsBase,
      type: 'message',
      id: 'teams-msg-1',
      text: '<at>Assistant Cnam</at> Quand a été lancé le deuxième AMI ?',
      entities: [{ type: 'mention', text: '<at>Assistant Cnam</at>', mentioned: { id: '28:bot-id', name: 'Assistant Cnam' } }],
    });
    expect(res.status).toBe(200);
    answer = (res.body.activities as AnyActivity[]).find((a) => a.type === 'message')!;
  });
  afterAll(() => server.app.close());

  it('when the bot is @mentioned, strips the mention and answers the question with [n] markers', () => {
    expect(answer.text).toContain('20 janvier 2020 [1]');
    // Teams builds citations from the entity: no Markdown reference definitions in the text.
    expect(answer.text).not.toMatch(/^\[1\]:/m);
    expect(answer.channelData.feedbackLoopEnabled).toBe(true);
    expect(answer.id).toEqual(expect.any(String));
  });

  it('carries exactly one schema.org Message entity with the AI label and the citation claims', () => {
    const messages = (answer.entities as AnyActivity[]).filter((e) => e.type === 'https://schema.org/Message');
    expect(messages).toHaveLength(1);
    const entity = messages[0]!;
    expect(entity).toMatchObject({
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      additionalType: ['AIGeneratedContent'],
      keywords: ['AIGeneratedContent'],
    });
    expect(entity.citation).toEqual([
      {
        '@type': 'Claim',
        position: 1,
        appearance: {
          '@type': 'DigitalDocument',
          name: 'Cnam : élargissement du dispositif',
          url: 'https://banquedesterritoires.fr/cnam-elargissement-du-dispositif-dans-un-2eme-appel-manifestation-dinteret',
          abstract: expect.stringMatching(/Banque des Territoires/),
        },
      },
    ]);
    expect(entity.citation[0].appearance.abstract.length).toBeLessThanOrEqual(160);
  });

  it('when Teams sends 👍 with a JSON-string payload, answers 200 and records it with the question behind it', async () => {
    const res = await postJson(`${server.baseUrl}/api/messages`, {
      ...teamsBase,
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":"Très utile, merci"}' } },
    });
    expect(res.status).toBe(200);
    const invokeResponse = (res.body.activities as AnyActivity[]).find((a) => a.type === 'invokeResponse');
    expect(invokeResponse?.value.status).toBe(200);
    const [entry] = await server.feedback.list();
    expect(entry).toMatchObject({
      reaction: 'like',
      text: 'Très utile, merci',
      replyToId: answer.id,
      conversationId: conversation.id,
      channel: 'msteams',
      question: 'Quand a été lancé le deuxième AMI ?',
      answerKind: 'knowledge',
    });
    expect(entry!.citations?.[0]?.url).toMatch(/banquedesterritoires/);
    expect(Date.parse(entry!.at)).not.toBeNaN();
  });

  it("when Web Chat sends 👎 with an object payload, records it too", async () => {
    const res = await postJson(`${server.baseUrl}/api/messages`, {
      ...teamsBase,
      channelId: 'webchat',
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: { feedbackText: 'Pas assez précis' } } },
    });
    expect(res.status).toBe(200);
    const entries = await server.feedback.list();
    expect(entries.at(-1)).toMatchObject({ reaction: 'dislike', text: 'Pas assez précis', channel: 'webchat', question: 'Quand a été lancé le deuxième AMI ?' });
  });

  it('when the feedback payload is malformed, answers 400 in the invoke response and records nothing', async () => {
    const before = (await server.feedback.list()).length;
    const res = await postJson(`${server.baseUrl}/api/messages`, {
      ...teamsBase,
      type: 'invoke',
      name: 'message/submitAction',
      value: { actionName: 'feedback', actionValue: { reaction: 'love' } },
    });
    const invokeResponse = (res.body.activities as AnyActivity[]).find((a) => a.type === 'invokeResponse');
    expect(invokeResponse?.value.status).toBe(400);
    expect((await server.feedback.list()).length).toBe(before);
  });

  it('when the message is smalltalk, offers no feedback loop', async () => {
    const res = await postJson(`${server.baseUrl}/api/messages`, { ...teamsBase, type: 'message', id: 'teams-msg-2', text: 'Merci' });
    const reply = (res.body.activities as AnyActivity[]).find((a) => a.type === 'message')!;
    expect(reply.channelData.feedbackLoopEnabled).toBeUndefined();
    expect(reply.entities[0].potentialAction).toBeUndefined();
  });

  const ask = async (id: string, text: string) => {
    const res = await postJson(`${server.baseUrl}/api/messages`, { ...teamsBase, conversation: { ...conversation, id: `a:${id}` }, type: 'message', id, text });
    expect(res.status).toBe(200);
    return (res.body.activities as AnyActivity[]).find((a) => a.type === 'message')!;
  };

  it('when the answer offers more than 3 choices, shows them all on a card whose buttons send the choice back as a message', async () => {
    const reply = await ask('teams-clarify-1', 'Un centre à Saint-Denis ?');
    expect(reply.suggestedActions).toBeUndefined();
    const [card] = reply.attachments as AnyActivity[];
    expect(card!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const buttons = (card!.content.body as AnyActivity[]).flatMap((b) => b.actions as AnyActivity[]);
    expect(buttons.map((b) => b.title)).toEqual(SAINT_DENIS_CHOICES);
    // In Teams an imBack submit posts its value as the user's own message text.
    const chosen = buttons[3]!.data.msteams;
    expect(chosen.type).toBe('imBack');
    expect((await ask('teams-clarify-2', chosen.value)).text).toBe(`Vous avez choisi ${SAINT_DENIS_CHOICES[3]}.`);
  });

  it('when the answer cites 13 sources, the message carries 10 claims and no marker above 10', async () => {
    const reply = await ask('teams-13-sources', 'La liste régionale des centres ?');
    const [entity] = reply.entities as AnyActivity[];
    expect(entity!.citation.map((c: AnyActivity) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(reply.text).not.toMatch(/\[1[1-3]\]/);
    expect(reply.text).toContain('Autres sources : [Fiche du centre 11 — Cnam](https://www.cnam.fr/centres/11)');
  });
});
