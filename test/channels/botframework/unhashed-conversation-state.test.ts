import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { UnhashedConversationState } from '../../../src/channels/botframework/unhashed-conversation-state.js';

function contextFor(adapter: TestAdapter, conversationId: string): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId },
    from: { id: 'user' },
    recipient: { id: 'bot' },
  } as Activity);
}

describe('UnhashedConversationState', () => {
  it('when a turn sets a property and saves with force, the next turn of that conversation reads it back', async () => {
    const storage = new MemoryStorage();
    const state = new UnhashedConversationState(storage);
    const turns = state.createProperty<string[]>('turns');
    const adapter = new TestAdapter(async () => undefined);

    const first = contextFor(adapter, 'c1');
    expect(await turns.get(first, [])).toEqual([]);
    await turns.set(first, ['Bonjour']);
    await state.saveChanges(first, true);

    const second = contextFor(adapter, 'c1');
    expect(await turns.get(second)).toEqual(['Bonjour']);
    const other = contextFor(adapter, 'c2');
    expect(await turns.get(other)).toBeUndefined();
    const stored = await storage.read(['test/conversations/c1/']);
    expect(stored['test/conversations/c1/']).toMatchObject({ turns: ['Bonjour'] });
  });

  it('when saved without force, writes nothing (the bot says when the turns changed)', async () => {
    const storage = new MemoryStorage();
    const state = new UnhashedConversationState(storage);
    const turns = state.createProperty<string[]>('turns');
    const context = contextFor(new TestAdapter(async () => undefined), 'c1');
    await turns.set(context, ['x']);
    await state.saveChanges(context);
    expect(await storage.read(['test/conversations/c1/'])).toEqual({});
  });

  it('when two turns of one conversation save in turn, the last write wins without an eTag conflict', async () => {
    const storage = new MemoryStorage();
    const state = new UnhashedConversationState(storage);
    const turns = state.createProperty<string[]>('turns');
    const adapter = new TestAdapter(async () => undefined);
    const a = contextFor(adapter, 'c1');
    const b = contextFor(adapter, 'c1');
    await turns.get(a, []);
    await turns.get(b, []);
    await turns.set(a, ['a']);
    await turns.set(b, ['b']);
    await state.saveChanges(a, true);
    await expect(state.saveChanges(b, true)).resolves.toBeUndefined();
    expect(await turns.get(contextFor(adapter, 'c1'))).toEqual(['b']);
  });

  it('when deleted, forgets the conversation in storage', async () => {
    const storage = new MemoryStorage();
    const state = new UnhashedConversationState(storage);
    const turns = state.createProperty<string[]>('turns');
    const adapter = new TestAdapter(async () => undefined);
    const context = contextFor(adapter, 'c1');
    await turns.set(context, ['x']);
    await state.saveChanges(context, true);
    await state.delete(context);
    expect(await turns.get(contextFor(adapter, 'c1'))).toBeUndefined();
  });
});
