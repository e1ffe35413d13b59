import type { Storage } from 'botbuilder';
import type { AnswerMemoryStore } from '../channels/botframework/answer-memory.js';
import type { DirectLineStore } from '../channels/directline/directline-store.js';
import type { BucketsFactory } from '../server/rate-limit.js';
import type { ConversationStore } from './conversation-store.js';
import type { DatabaseHealth } from './pg-database.js';

/**
 * Everything a conversation needs that must be the same on every instance, once `DATABASE_URL` is set: botbuilder's
 * conversation state, the `/api/ask` turns, the answers feedback points at, the built-in Direct Line, the rate-limit
 * buckets — and the database's health, which readiness reports. Without a database each of these has an in-memory
 * default in `createServer`.
 */
export interface SharedState {
  storage: Storage;
  conversations: ConversationStore;
  answers: AnswerMemoryStore;
  directLine: DirectLineStore;
  buckets: BucketsFactory;
  health: DatabaseHealth;
  /** Called when another instance recorded a review: this instance's answer cache must be dropped. */
  onReviewsChanged(listener: () => void): void;
}
