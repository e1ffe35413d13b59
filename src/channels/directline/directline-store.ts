import type { Activity } from 'botbuilder';
import { AppError } from '../../core/errors.js';
import { ConversationRegistry, DEFAULT_LIMITS, type RegistryLimits } from './conversation-registry.js';

/** What a conversation is known by: its id and the user its token was issued to. */
export interface ConversationRecord {
  id: string;
  userId: string;
}

/** Activities just kept: the watermarks before and after them, and the activities as kept (with their ids). */
export interface AppendResult {
  from: number;
  to: number;
  activities: Partial<Activity>[];
}

/**
 * What another instance did to a conversation: kept activities up to watermark `range.to` (absent when it only sent
 * transient ones), and the transient activities (typing) it sent to streams.
 */
export interface RemoteNotice {
  conversationId: string;
  range?: { from: number; to: number };
  transient: Partial<Activity>[];
}

/**
 * Where the built-in Direct Line keeps its conversations and their activities. Watermarks are absolute positions:
 * the n-th activity ever kept in a conversation is at watermark n, whichever instance kept it, and an activity
 * without an id gets `conversationId|n` (zero-padded). Two implementations: {@link MemoryDirectLineStore} (this
 * process, the embedded default) and the PostgreSQL one (`src/store/pg-directline-store.ts`), shared by instances.
 */
export interface DirectLineStore {
  /** Opens the conversation unless one with this id is kept; true for the one caller that opened it. */
  open(id: string, userId: string): Promise<boolean>;
  /** The conversation if kept and not expired; finding it keeps it alive. */
  find(id: string): Promise<ConversationRecord | undefined>;
  /** Which of these conversations are still kept (keeping them alive). */
  alive(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Keeps `activities` at the end of the conversation, in order, dropping the oldest past the bounds; `transient`
   * ones (typing) are not kept but told to other instances' streams with them. `not_found` if the conversation is gone.
   */
  append(id: string, activities: Partial<Activity>[], transient?: Partial<Activity>[]): Promise<AppendResult>;
  /** Tells other instances' streams of transient activities (typing) that come with no kept one. */
  announce(id: string, transient: Partial<Activity>[]): Promise<void>;
  /** Activities kept after `watermark` (all kept ones when absent) and the watermark after the last one. */
  since(id: string, watermark: number | undefined): Promise<{ activities: Partial<Activity>[]; watermark: number }>;
  /** Conversations kept now. */
  count(): Promise<number>;
  /**
   * For a store shared by instances: called with what other instances did, and with `undefined` when notices may
   * have been missed (a reconnection), so every stream re-reads the store.
   */
  onRemote?(listener: (notice: RemoteNotice | undefined) => void): void;
}

/** `conversationId|0000042`: the id of the activity kept at watermark 42 when it came without one. */
export function activityIdAt(conversationId: string, watermark: number): string {
  return `${conversationId}|${String(watermark).padStart(7, '0')}`;
}

/** The embedded store: a bounded {@link ConversationRegistry} in this process's memory. */
export class MemoryDirectLineStore implements DirectLineStore {
  private readonly registry: ConversationRegistry;

  constructor(limits: RegistryLimits = DEFAULT_LIMITS, now: () => number = Date.now) {
    this.registry = new ConversationRegistry(limits, now);
  }

  async open(id: string, userId: string): Promise<boolean> {
    if (this.registry.get(id)) return false;
    this.registry.create(id, userId);
    return true;
  }

  async find(id: string): Promise<ConversationRecord | undefined> {
    const conversation = this.registry.get(id);
    return conversation ? { id: conversation.id, userId: conversation.userId } : undefined;
  }

  async alive(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.registry.get(id) !== undefined));
  }

  async append(id: string, activities: Partial<Activity>[]): Promise<AppendResult> {
    const conversation = this.registry.get(id);
    if (!conversation) throw new AppError('not_found', 'no such conversation (never started, or expired): start a new one');
    const from = this.registry.end(conversation);
    const kept = activities.map((activity, i) => (activity.id ? activity : { ...activity, id: activityIdAt(id, from + i + 1) }));
    let to = from;
    for (const activity of kept) to = this.registry.append(conversation, activity);
    return { from, to, activities: kept };
  }

  async announce(): Promise<void> {
    // One process: its own streams were told directly.
  }

  async since(id: string, watermark: number | undefined): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const conversation = this.registry.get(id);
    if (!conversation) return { activities: [], watermark: watermark ?? 0 };
    return this.registry.since(conversation, watermark);
  }

  async count(): Promise<number> {
    return this.registry.size;
  }
}
