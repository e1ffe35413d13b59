import type { Storage, StoreItems } from 'botbuilder';

export interface BoundedMemoryStorageOptions {
  /** Most items kept; the least recently used goes first past it. */
  maxItems?: number;
  /** An item not read or written for this long is forgotten (ms). */
  idleMs?: number;
  /** Clock (tests). */
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  touched: number;
}

/**
 * botbuilder's {@link Storage} in memory, bounded: at most `maxItems` items (least recently used dropped first)
 * and none kept past `idleMs` without use. eTags behave as in botbuilder's MemoryStorage: a write with `'*'` or no
 * eTag always succeeds, one with a stale eTag is refused. The embedded default for conversation state; several
 * instances share state through the database instead.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, Entry>();
  private readonly maxItems: number;
  private readonly idleMs: number;
  private readonly now: () => number;
  private nextETag = 1;

  constructor(options: BoundedMemoryStorageOptions = {}) {
    this.maxItems = options.maxItems ?? 10_000;
    this.idleMs = options.idleMs ?? 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.items.size;
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.items.get(key);
    if (!entry) return undefined;
    if (now - entry.touched > this.idleMs) {
      this.items.delete(key);
      return undefined;
    }
    return entry;
  }

  private touch(key: string, entry: Entry, now: number): void {
    entry.touched = now;
    this.items.delete(key);
    this.items.set(key, entry);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const now = this.now();
    const out: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key, now);
      if (!entry) continue;
      this.touch(key, entry, now);
      out[key] = { ...(JSON.parse(entry.json) as object), eTag: entry.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, item] of Object.entries(changes)) {
      const old = this.live(key, now);
      const asked = (item as { eTag?: string }).eTag;
      if (old && asked && asked !== '*' && asked !== old.eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      const { eTag: _, ...value } = item as { eTag?: string };
      const entry: Entry = { json: JSON.stringify(value), eTag: String(this.nextETag++), touched: now };
      this.touch(key, entry, now);
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private evict(now: number): void {
    for (const [key, entry] of this.items) {
      if (this.items.size <= this.maxItems && now - entry.touched <= this.idleMs) break;
      this.items.delete(key);
    }
  }
}
