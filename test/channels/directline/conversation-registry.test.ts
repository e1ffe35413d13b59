import { describe, expect, it } from 'vitest';
import { ConversationRegistry } from '../../../src/channels/directline/conversation-registry.js';

describe('ConversationRegistry bounds', () => {
  it('when more activities arrive than the cap, keeps the newest and watermarks stay absolute', () => {
    const registry = new ConversationRegistry({ maxConversations: 10, maxActivities: 3, idleMs: 1000 }, () => 0);
    const conversation = registry.create('c', 'dl_u');
    for (let i = 1; i <= 5; i++) registry.append(conversation, { id: String(i) });
    expect(conversation.activities.map((a) => a.id)).toEqual(['3', '4', '5']);
    expect(registry.since(conversation, 4)).toEqual({ activities: [{ id: '5' }], watermark: 5 });
    expect(registry.since(conversation, undefined).activities.map((a) => a.id)).toEqual(['3', '4', '5']);
  });

  it('when too many conversations exist, drops the least recently active', () => {
    const registry = new ConversationRegistry({ maxConversations: 2, maxActivities: 3, idleMs: 1000 }, () => 0);
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
    const registry = new ConversationRegistry({ maxConversations: 5, maxActivities: 3, idleMs: 1000 }, () => now);
    registry.create('a', 'dl_a');
    now = 1001;
    expect(registry.get('a')).toBeUndefined();
  });
});
