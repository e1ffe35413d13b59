import { analyze } from '../text/analyze-french.js';
import { words } from '../text/fold.js';
import { STOP_WORDS } from '../text/stop-words.js';

/**
 * Sparse features of a text for the local embeddings, with their raw counts: analyzed word terms
 * (`w:` — stems, acronyms, English→French) and character 3- and 4-grams of each folded content word
 * (`c:` — robust to typos and missing accents). Deterministic.
 */
export function embeddingFeatures(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const term of analyze(text)) add(`w:${term}`);
  for (const word of words(text)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const padded = `_${word}_`;
    for (let n = 3; n <= 4; n += 1) {
      for (let i = 0; i + n <= padded.length; i += 1) add(`c:${padded.slice(i, i + n)}`);
    }
  }
  return counts;
}
