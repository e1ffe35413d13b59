import type { FeedbackEntry, FeedbackStore } from './feedback-store.js';

/** Keeps feedback in memory, dropping the oldest entries past `maxEntries` so memory stays bounded. */
export class MemoryFeedbackStore implements FeedbackStore {
  private readonly entries: FeedbackEntry[] = [];

  constructor(private readonly maxEntries = 10_000) {}

  async record(entry: FeedbackEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
  }

  async list(): Promise<FeedbackEntry[]> {
    return this.entries.map((entry) => structuredClone(entry));
  }
}
