/**
 * Membership in a sorted, space-separated word list, by bisection over word offsets: one string and one typed
 * array instead of a Set of ~45,000 strings. The list must be sorted by code units (`Array.prototype.sort`).
 */
export class SortedWords {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32 && (i === 0 || text.charCodeAt(i - 1) === 32)) starts.push(i);
    this.starts = Int32Array.from(starts);
  }

  /** Number of words. */
  get size(): number {
    return this.starts.length;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compare(mid, word);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** Word `i` compared with `word`, as strings compare: negative when it sorts first. */
  private compare(i: number, word: string): number {
    const { text } = this;
    let at = this.starts[i]!;
    for (let k = 0; k < word.length; k++, at++) {
      const c = at < text.length ? text.charCodeAt(at) : 32;
      // The stored word ended (space): it is a prefix of `word`, so it sorts first.
      if (c === 32) return -1;
      if (c !== word.charCodeAt(k)) return c - word.charCodeAt(k);
    }
    return at < text.length && text.charCodeAt(at) !== 32 ? 1 : 0;
  }
}
