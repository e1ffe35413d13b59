import type { Turn } from '../core/ask-context.js';
import type { ConversationStore } from './conversation-store.js';

/**
 * In-memory store with a size cap: the least recently used conversation is dropped first,
 * so a flood of new conversation ids cannot grow memory without bound.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, Turn[]>();

  constructor(private readonly maxConversations = 10_000) {}

  async get(conversationId: string): Promise<Turn[]> {
    const turns = this.conversations.get(conversationId);
    if (!turns) return [];
    this.conversations.delete(conversationId);
    this.conversations.set(conversationId, turns);
    return turns;
  }

  async set(conversationId: string, turns: Turn[]): Promise<void> {
    this.conversations.delete(conversationId);
    this.conversations.set(conversationId, turns);
    if (this.conversations.size > this.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest !== undefined) this.conversations.delete(oldest);
    }
  }

  get size(): number {
    return this.conversations.size;
  }
}
