import { questionKey } from '../store/question-key.js';

/** Words that change nothing to what is asked: articles, prepositions, politeness. Negations are NOT here. */
const NEUTRAL = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'a', 'au', 'aux', 'en', 'et', 'est', 'ce', 'que', 'y', 't',
  'il', 'svp', 'stp', 'merci', 'bonjour', 'vous', 'plait', 'the', 'an', 'of', 'please',
]);

/** A differing word that flips or narrows the meaning: never tolerated. */
const CRITICAL = /^(ne|pas|non|sans|plus|moins|jamais|aucun|aucune|ni|not|no|never|without)$|\d/;

/** Content words of a folded question, plurals trimmed (« centres » meets « centre »). */
export function contentWords(key: string): Set<string> {
  return new Set(
    key
      .split(' ')
      .filter((w) => w.length > 0 && !NEUTRAL.has(w))
      .map((w) => (w.length > 3 ? w.replace(/[sx]$/, '') : w)),
  );
}

/** Least share of shared words (Jaccard) for a close match. */
export const CLOSE_MATCH_THRESHOLD = 0.8;

/**
 * How well `asked` matches a reviewed question, 0..1: 1 for the same folded question (or the same content
 * words), else the Jaccard overlap of content words when the two differ by at most ONE added word that is
 * neither a negation nor a number, share at least four words and overlap by {@link CLOSE_MATCH_THRESHOLD};
 * 0 otherwise. Strict on purpose: reusing a reviewed answer for a different question (another town, a
 * negation) is worse than not reusing it.
 */
export function matchReviewedQuestion(asked: string, reviewedKey: string): number {
  const askedKey = questionKey(asked);
  if (askedKey === reviewedKey) return 1;
  const a = contentWords(askedKey);
  const b = contentWords(reviewedKey);
  const shared = [...a].filter((w) => b.has(w)).length;
  const union = a.size + b.size - shared;
  if (union === 0) return 0;
  if (shared === union) return 1;
  const different = [...a, ...b].filter((w) => !(a.has(w) && b.has(w)));
  if (different.length > 1 || shared < 4) return 0;
  if (different.some((w) => CRITICAL.test(w))) return 0;
  const overlap = shared / union;
  return overlap >= CLOSE_MATCH_THRESHOLD ? overlap : 0;
}
