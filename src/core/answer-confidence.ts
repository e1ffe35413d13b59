import type { PassageHit } from './passage-retriever.js';

/**
 * Confidence (0..1) that the best passage answers the query, from retrieval signals only: the
 * IDF-weighted share of the query's concepts it contains (coverage), and its embedding similarity.
 * Coverage dominates: a passage can be close in wording and still miss the one word that matters
 * (« météo », « passeport »).
 */
export function answerConfidence(hit: PassageHit | undefined): number {
  if (!hit) return 0;
  const similarity = Math.min(1, hit.similarity / 0.5);
  return Math.max(0, Math.min(1, 0.7 * hit.coverage + 0.3 * similarity));
}

/**
 * Default threshold below which the knowledge skill declines. Calibrated on the evaluation set
 * (test/retrieval/evaluation-set.ts): out-of-scope questions reach at most 0.38 before the off-topic
 * guard, in-scope questions at least 0.52; 0.45 sits between with a margin on both sides.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.45;
