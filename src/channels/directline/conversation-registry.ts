import type { Activity } from 'botbuilder';

/** Bounds that keep the built-in endpoint's memory flat whatever the traffic. */
export interface RegistryLimits {
  /** Conversations kept at once; the least recently active goes first. */
  maxConversations: number;
  /** Activities kept per conversation; older ones drop out (a client that far behind skips them). */
  maxActivities: number;
  /** Bytes of activities (serialised JSON) kept per conversation; older ones drop out past it. */
  maxBytes: number;
  /** A conversation idle this long is forgotten. */
  idleMs: number;
}

/**
 * 1,000 conversations of at most 200 activities and 128 KB each: about 20 cited answers per conversation, and at
 * most ~128 MB of activities when every conversation is full (counting activities alone was ~1.4 GB).
 */
export const DEFAULT_LIMITS: RegistryLimits = { maxConversations: 1_000, maxActivities: 200, maxBytes: 128 * 1024, idleMs: 60 * 60 * 1000 };

/** What a live stream receives: the activities just added (or sent without being kept) and the watermark after them. */
export type ActivityListener = (activities: Partial<Activity>[], watermark: number) => void;

/** One Direct Line conversation kept in memory: its activity list (watermark = absolute position). */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** Activities kept, oldest first; `activities[0]` is at watermark `dropped`. */
  activities: Partial<Activity>[];
  /** Serialised size of each kept activity, in the same order. */
  sizes: number[];
  bytes: number;
  dropped: number;
  lastActive: number;
}

/**
 * In-memory conversations with count, length, size and idle bounds: the embedded default, behind
 * {@link MemoryDirectLineStore}. Several instances share conversations through the database instead.
 */
export class ConversationRegistry {
  private readonly conversations = new Map<string, DirectLineConversation>();

  constructor(
    private readonly limits: RegistryLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  create(id: string, userId: string): DirectLineConversation {
    this.sweep();
    const conversation: DirectLineConversation = {
      id,
      userId,
      activities: [],
      sizes: [],
      bytes: 0,
      dropped: 0,
      lastActive: this.now(),
    };
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

  /** Whether the conversation is still kept (without touching it). */
  has(id: string): boolean {
    const conversation = this.conversations.get(id);
    return !!conversation && this.now() - conversation.lastActive <= this.limits.idleMs;
  }

  /**
   * Appends an activity and returns the watermark just after it. The oldest activities drop out while the
   * conversation is over its count or byte bound; the newest is always kept.
   */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): number {
    const size = Buffer.byteLength(JSON.stringify(activity));
    conversation.activities.push(activity);
    conversation.sizes.push(size);
    conversation.bytes += size;
    let excess = 0;
    let freed = 0;
    const count = conversation.activities.length;
    while (count - excess > 1 && (count - excess > this.limits.maxActivities || conversation.bytes - freed > this.limits.maxBytes)) {
      freed += conversation.sizes[excess]!;
      excess += 1;
    }
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.sizes.splice(0, excess);
      conversation.bytes -= freed;
      conversation.dropped += excess;
    }
    return this.end(conversation);
  }

  /** The watermark after the last activity of the conversation. */
  end(conversation: DirectLineConversation): number {
    return conversation.dropped + conversation.activities.length;
  }

  /** Activities after `watermark` (all kept ones when absent) and the new watermark. */
  since(conversation: DirectLineConversation, watermark: number | undefined): { activities: Partial<Activity>[]; watermark: number } {
    const from = Math.max(0, (watermark ?? 0) - conversation.dropped);
    return { activities: conversation.activities.slice(from), watermark: this.end(conversation) };
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
