import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { AssistantBot } from '../../../src/channels/botframework/assistant-bot.js';
import { fakeAssistant } from '../../fakes/fake-assistant.js';

function newConversation() {
  const assistant = fakeAssistant();
  const bot = new AssistantBot(() => assistant, new ConversationState(new MemoryStorage()));
  return new TestAdapter(async (context) => bot.run(context));
}

describe('AssistantBot in a conversation', () => {
  it('when the user joins, welcomes them in French with what it can do and suggestions', async () => {
    const adapter = newConversation();
    await adapter
      .send({
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [{ id: 'user', name: 'User' }],
        recipient: { id: 'bot', name: 'Bot' },
      } as Partial<Activity>)
      .assertReply((activity) => {
        expect(activity.text).toMatch(/assistant « territoires » du Cnam/);
        expect(activity.suggestedActions?.actions.length).toBeGreaterThanOrEqual(2);
      });
  });

  it('when asked a question, shows typing then the rendered answer with sources and suggestions', async () => {
    const adapter = newConversation();
    await adapter
      .send("Quand a été lancé le deuxième AMI ?")
      .assertReply((activity) => expect(activity.type).toBe(ActivityTypes.Typing))
      .assertReply((activity) => {
        expect(activity.text).toContain('20 janvier 2020 [1]');
        expect(activity.text).toContain('banquedesterritoires.fr');
        expect(activity.text).toMatch(/Banque des Territoires – Localtis/);
        expect(activity.suggestedActions?.actions.map((a) => a.value)).toEqual(['Qui peut candidater ?']);
        const entity = activity.entities?.[0] as Record<string, unknown> | undefined;
        expect(entity?.['@type']).toBe('Message');
        expect((entity?.citation as unknown[]).length).toBe(1);
      });
  });

  it('when the message is too long, says so politely instead of failing', async () => {
    const adapter = newConversation();
    await adapter.send('a'.repeat(1001)).assertReply((activity) => expect(activity.text).toMatch(/trop long/));
  });

  it('when the assistant is not ready, the turn error handler is reached (no crash)', async () => {
    const bot = new AssistantBot(() => {
      throw new Error('not ready');
    }, new ConversationState(new MemoryStorage()));
    const errors: Error[] = [];
    const adapter = new TestAdapter(async (context) => bot.run(context));
    adapter.onTurnError = async (context, error) => {
      errors.push(error);
      await context.sendActivity('erreur');
    };
    await adapter
      .send('Bonjour')
      .assertReply((a) => expect(a.type).toBe(ActivityTypes.Typing))
      .assertReply('erreur');
    expect(errors[0]?.message).toBe('not ready');
  });

  it('when the conversation goes on, remembers the language of earlier turns', async () => {
    const adapter = newConversation();
    await adapter
      .send('What can you do?')
      .assertReply((a) => expect(a.type).toBe(ActivityTypes.Typing))
      .assertReply((a) => expect(a.text).toMatch(/I'm the Cnam/))
      .send('thanks')
      .assertReply((a) => expect(a.type).toBe(ActivityTypes.Typing))
      .assertReply((a) => expect(a.text).toMatch(/welcome/));
  });
});
