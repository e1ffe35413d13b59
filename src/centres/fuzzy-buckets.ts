import type { KeyedPostings } from './keyed-postings.js';

/** Bucket number of a key: its first character (keys are ASCII letters, digits, spaces) and its length. */
export function fuzzyBucket(firstCharCode: number, length: number): number {
  return firstCharCode * 128 + length;
}

/**
 * The characters a key contains, as bits (code mod 32). One edit adds or removes at most two of them, so keys more
 * than `2 × max` bits apart are more than `max` edits apart: most of a bucket is ruled out without a distance.
 */
export function characterMask(text: string, from = 0, to = text.length): number {
  let mask = 0;
  for (let i = from; i < to; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/** Number of bits set in a 32-bit mask. */
export function bitCount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Buckets of keys of codes below 128 and lengths below 128. */
const BUCKETS = 128 * 128;

/**
 * Locality keys grouped by {@link fuzzyBucket}, for bounded typo search: key ids in one typed array, ordered by
 * bucket then by key id, with one offset per bucket (instead of a Map of arrays of strings).
 */
export class FuzzyBuckets {
  /** Ids of the keys of bucket `b` are `ids[start[b]..start[b + 1]]`, in the keys' order. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** {@link characterMask} of the key at each position of {@link ids}. */
  readonly masks: Int32Array;

  /** @param eligible whether key `id` of `keys` takes part in typo search */
  constructor(keys: KeyedPostings, eligible: (id: number) => boolean) {
    const bucketOf = new Int32Array(keys.size).fill(-1);
    const start = new Int32Array(BUCKETS + 1);
    for (let id = 0; id < keys.size; id++) {
      if (!eligible(id)) continue;
      const bucket = fuzzyBucket(keys.text.charCodeAt(keys.keyStart[id]!), keys.keyLength(id));
      // Longer or non-ASCII keys cannot be bucketed; none exist (keys are folded, at most 8 words).
      if (bucket >= BUCKETS) continue;
      bucketOf[id] = bucket;
      start[bucket + 1]! += 1;
    }
    for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, BUCKETS);
    const ids = new Int32Array(start[BUCKETS]!);
    const masks = new Int32Array(ids.length);
    for (let id = 0; id < keys.size; id++) {
      if (bucketOf[id]! < 0) continue;
      const p = fill[bucketOf[id]!]!++;
      ids[p] = id;
      masks[p] = characterMask(keys.text, keys.keyStart[id]!, keys.keyStart[id + 1]!);
    }
    this.start = start;
    this.ids = ids;
    this.masks = masks;
  }

  /** First position in {@link ids} of bucket `bucket` (out-of-range buckets are empty). */
  from(bucket: number): number {
    return bucket >= 0 && bucket < BUCKETS ? this.start[bucket]! : 0;
  }

  /** End position in {@link ids} of bucket `bucket`. */
  to(bucket: number): number {
    return bucket >= 0 && bucket < BUCKETS ? this.start[bucket + 1]! : 0;
  }
}
