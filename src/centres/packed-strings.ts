import { detachedString } from './detached-string.js';

/** Text of many records, back to back: one string and one offset array instead of one string object per record. */
export interface PackedStrings {
  text: string;
  /** `count + 1` offsets: record `i` is `text.slice(start[i], start[i + 1])`. */
  start: Int32Array;
}

/** Packs `list` (joined into one flat string). */
export function packStrings(list: readonly string[]): PackedStrings {
  const start = new Int32Array(list.length + 1);
  for (let i = 0; i < list.length; i++) start[i + 1] = start[i]! + list[i]!.length;
  return { text: detachedString(list.join('')), start };
}

/** Record `i` of packed strings. */
export function packedAt(strings: PackedStrings, i: number): string {
  return strings.text.slice(strings.start[i]!, strings.start[i + 1]!);
}
