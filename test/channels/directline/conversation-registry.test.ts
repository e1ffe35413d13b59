import { describe, expect, it } from 'vitest';
import { ConversationRegistry } from '../../../src/channels/directline/conversation-registry.js';

describe('ConversationRegistry bounds', () => {
  it('when more activities arrive than the cap, keeps the newest and watermarks stay absolute', () => {
    const registry = new ConversationRegistry({ maxConversations: 10, maxActivities: 3, maxBytes: 1_000_000, idleMs: 1000 }, () => 0);
    const conversation = registry.create('c', 'dl_u');
    for (let i = 1; i <= 5; i++) registry.append(conversation, { id: String(i) });
    expect(conversation.activities.map((a) => a.id)).toEqual(['3', '4', '5']);
    expect(registry.since(conversation, 4)).toEqual({ activities: [{ id: '5' }], watermark: 5 });
    expect(registry.since(conversation, undefined).activities.map((a) => a.id)).toEqual(['3', '4', '5']);
  });

  it('when too many conversations exist, drops the least recently active', () => {
    const registry = new ConversationRegistry({ maxConversations: 2, maxActivities: 3, maxBytes: 1_000_000, idleMs: 1000 }, () => 0);
    registry.create('a', 'dl_a');
    registry.create('b', 'dl_b');
    registry.get('a');
    registry.create('c', 'dl_c');
    expect(registry.get('b')).toBeUndefined();
    expect(registry.get('a')).toBeDefined();
    expect(registry.size).toBe(2);
  });

  it('when a conversation stays idle past the limit, forgets it', () => {
    let now = 0;
    const registry = new ConversationRegistry({ maxConversations: 5, maxActivities: 3, maxBytes: 1_000_000, idleMs: 1000 }, () => now);
    registry.create('a', 'dl_a');
    now = 1001;
    expect(registry.get('a')).toBeUndefined();
  });

  it('when the kept activities pass the byte bound, drops the oldest until under it, and keeps the newest', () => {
    const registry = new ConversationRegistry({ maxConversations: 10, maxActivities: 100, maxBytes: 10_000, idleMs: 1000 }, () => 0);
    const conversation = registry.create('c', 'dl_u');
    const activity = (id: string, bytes: number) => ({ id, text: 'x'.repeat(bytes) });
    for (let i = 1; i <= 5; i++) registry.append(conversation, activity(String(i), 3_000));
    expect(conversation.activities.map((a) => a.id)).toEqual(['3', '4', '5']);
    expect(conversation.bytes).toBe(conversation.sizes.reduce((a, b) => a + b, 0));
    expect(conversation.bytes).toBeLessThanOrEqual(10_000);
    expect(registry.since(conversation, 0).watermark).toBe(5);
    // An activity larger than the bound alone is still kept: the client gets it, the older ones drop.
    registry.append(conversation, activity('big', 20_000));
    expect(conversation.activities.map((a) => a.id)).toEqual(['big']);
    expect(registry.since(conversation, 5)).toEqual({ activities: [conversation.activities[0]], watermark: 6 });
  });

  it('with the default bounds, a full registry holds at most 1,000 × 128 KB of activities', () => {
    const registry = new ConversationRegistry(undefined, () => 0);
    const conversation = registry.create('c', 'dl_u');
    const reply = { type: 'message', text: 'x'.repeat(6_000) };
    for (let i = 0; i < 200; i++) registry.append(conversation, { ...reply, id: String(i) });
    expect(conversation.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(conversation.activities.length).toBeLessThan(25);
  });
});
