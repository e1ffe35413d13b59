import { detachedString } from './detached-string.js';

/**
 * Keys mapped to lists of (value, tag) pairs, packed for a small heap: the keys are one string, the lists one
 * typed array, and the hash table another, instead of a Map of tens of thousands of strings and arrays.
 * Keys keep the order in which they were first added (the iteration order of the Map it replaces).
 */
export class KeyedPostings {
  /** Number of keys. */
  readonly size: number;
  /** Every key, back to back: key `id` is `text.slice(keyStart[id], keyStart[id + 1])`. */
  readonly text: string;
  readonly keyStart: Int32Array;
  /** Key `id`'s pairs are `values[i], tags[i]` for `postingStart[id] <= i < postingStart[id + 1]`, in order added. */
  readonly postingStart: Int32Array;
  readonly values: Int32Array;
  readonly tags: Uint8Array;
  /** Open addressing: `id + 1` of the key in each slot, 0 when empty. */
  private readonly slots: Int32Array;

  constructor(keys: readonly string[], postingStart: Int32Array, values: Int32Array, tags: Uint8Array) {
    this.size = keys.length;
    this.text = detachedString(keys.join(''));
    this.keyStart = new Int32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) this.keyStart[i + 1] = this.keyStart[i]! + keys[i]!.length;
    this.postingStart = postingStart;
    this.values = values;
    this.tags = tags;
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < keys.length; id++) {
      let slot = hash(this.text, this.keyStart[id]!, this.keyStart[id + 1]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }

  /** Id of `key`, or -1. Allocation-free: this runs for every span of every question. */
  id(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.equals(entry - 1, key)) return entry - 1;
    }
  }

  /** Key `id` (a new string). */
  key(id: number): string {
    return this.text.slice(this.keyStart[id]!, this.keyStart[id + 1]!);
  }

  /** Length of key `id`. */
  keyLength(id: number): number {
    return this.keyStart[id + 1]! - this.keyStart[id]!;
  }

  /** Every key, in the order first added. */
  *keys(): IterableIterator<string> {
    for (let id = 0; id < this.size; id++) yield this.key(id);
  }

  private equals(id: number, key: string): boolean {
    const from = this.keyStart[id]!;
    if (this.keyStart[id + 1]! - from !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.text.charCodeAt(from + i) !== key.charCodeAt(i)) return false;
    return true;
  }
}

/** FNV-1a over the UTF-16 code units of `text[from..to)`. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Collects (key, value, tag) triples, then packs them into {@link KeyedPostings}. */
export class KeyedPostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly keyList: string[] = [];
  private readonly keyOf: number[] = [];
  private readonly valueOf: number[] = [];
  private readonly tagOf: number[] = [];

  /** @param unique drop a pair whose value is already listed under the same key (the first one stays). */
  constructor(private readonly unique: boolean) {}

  add(key: string, value: number, tag: number): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keyList.length;
      this.ids.set(key, id);
      this.keyList.push(key);
    }
    this.keyOf.push(id);
    this.valueOf.push(value);
    this.tagOf.push(tag);
  }

  build(): KeyedPostings {
    const count = this.keyList.length;
    const postingStart = new Int32Array(count + 1);
    for (const id of this.keyOf) postingStart[id + 1]! += 1;
    for (let id = 0; id < count; id++) postingStart[id + 1]! += postingStart[id]!;
    const fill = postingStart.slice(0, count);
    const values = new Int32Array(this.keyOf.length);
    const tags = new Uint8Array(this.keyOf.length);
    for (let i = 0; i < this.keyOf.length; i++) {
      const id = this.keyOf[i]!;
      const value = this.valueOf[i]!;
      if (this.unique && listed(values, postingStart[id]!, fill[id]!, value)) continue;
      values[fill[id]!] = value;
      tags[fill[id]!++] = this.tagOf[i]!;
    }
    // Lists shortened by `unique`: close the gaps.
    if (this.unique) return compact(this.keyList, postingStart, fill, values, tags);
    return new KeyedPostings(this.keyList, postingStart, values, tags);
  }
}

function listed(values: Int32Array, from: number, to: number, value: number): boolean {
  for (let i = from; i < to; i++) if (values[i] === value) return true;
  return false;
}

function compact(keys: readonly string[], start: Int32Array, end: Int32Array, values: Int32Array, tags: Uint8Array): KeyedPostings {
  const postingStart = new Int32Array(keys.length + 1);
  for (let id = 0; id < keys.length; id++) postingStart[id + 1] = postingStart[id]! + end[id]! - start[id]!;
  const packedValues = new Int32Array(postingStart[keys.length]!);
  const packedTags = new Uint8Array(postingStart[keys.length]!);
  for (let id = 0; id < keys.length; id++) {
    packedValues.set(values.subarray(start[id]!, end[id]!), postingStart[id]!);
    packedTags.set(tags.subarray(start[id]!, end[id]!), postingStart[id]!);
  }
  return new KeyedPostings(keys, postingStart, packedValues, packedTags);
}
