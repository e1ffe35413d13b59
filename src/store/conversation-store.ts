import type { Turn } from '../core/ask-context.js';

/** Where the HTTP API keeps each conversation's recent turns, keyed by conversation id. */
export interface ConversationStore {
  get(conversationId: string): Promise<Turn[]>;
  set(conversationId: string, turns: Turn[]): Promise<void>;
}
