/** Rows reused across calls: the typo search compares a word with hundreds of names per question. */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance between `a` and `b` (or `b.slice(from, to)`), or `max + 1` as soon as it is known to exceed
 * `max` (keeps typo search over thousands of names cheap). Reading `b` in place lets the candidates stay packed.
 */
export function boundedEditDistance(a: string, b: string, max: number, from = 0, to = b.length): number {
  const length = to - from;
  if (Math.abs(a.length - length) > max) return max + 1;
  if (previous.length <= length) {
    previous = new Int32Array(length + 1);
    current = new Int32Array(length + 1);
  }
  let prev = previous;
  let cur = current;
  for (let j = 0; j <= length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= length; j++) {
      const cost = ca === b.charCodeAt(from + j - 1) ? 0 : 1;
      const value = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[length]!, max + 1);
}
