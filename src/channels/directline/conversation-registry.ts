import type { Activity } from 'botbuilder';

/** Bounds that keep the built-in endpoint's memory flat whatever the traffic. */
export interface RegistryLimits {
  /** Conversations kept at once; the least recently active goes first. */
  maxConversations: number;
  /** Activities kept per conversation; older ones drop out (a client that far behind skips them). */
  maxActivities: number;
  /** A conversation idle this long is forgotten. */
  idleMs: number;
}

export const DEFAULT_LIMITS: RegistryLimits = { maxConversations: 1_000, maxActivities: 200, idleMs: 60 * 60 * 1000 };

/** One Direct Line conversation: its activity list (watermark = absolute position) and a turn queue. */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** Activities kept, oldest first; `activities[0]` is at watermark `dropped`. */
  activities: Partial<Activity>[];
  dropped: number;
  lastActive: number;
  /** Turns of one conversation run one after the other, like a channel delivers them. */
  queue: Promise<unknown>;
}

/** In-memory conversations with size, length and idle bounds. */
export class ConversationRegistry {
  private readonly conversations = new Map<string, DirectLineConversation>();

  constructor(
    private readonly limits: RegistryLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  create(id: string, userId: string): DirectLineConversation {
    this.sweep();
    const conversation: DirectLineConversation = { id, userId, activities: [], dropped: 0, lastActive: this.now(), queue: Promise.resolve() };
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    return conversation;
  }

  /** The conversation if it exists and has not expired; touching it keeps it alive. */
  get(id: string): DirectLineConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastActive > this.limits.idleMs) {
      this.conversations.delete(id);
      return undefined;
    }
    conversation.lastActive = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends an activity and returns the watermark just after it. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): number {
    conversation.activities.push(activity);
    const excess = conversation.activities.length - this.limits.maxActivities;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.dropped += excess;
    }
    return conversation.dropped + conversation.activities.length;
  }

  /** Activities after `watermark` (all kept ones when absent) and the new watermark. */
  since(conversation: DirectLineConversation, watermark: number | undefined): { activities: Partial<Activity>[]; watermark: number } {
    const end = conversation.dropped + conversation.activities.length;
    const from = Math.max(0, (watermark ?? 0) - conversation.dropped);
    return { activities: conversation.activities.slice(from), watermark: end };
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Drops idle conversations (oldest first in the map, so it stops at the first live one). */
  private sweep(): void {
    const now = this.now();
    for (const [id, conversation] of this.conversations) {
      if (now - conversation.lastActive <= this.limits.idleMs) break;
      this.conversations.delete(id);
    }
  }
}
