/** One ranking to fuse: item ids best first, and how much this ranking counts. */
export interface Ranking {
  ids: readonly number[];
  weight?: number;
}

/**
 * Reciprocal rank fusion (Cormack et al., 2009): each item scores Σ weight / (k + rank), rank from 1.
 * Returns items by fused score, best first; ties keep the order of first appearance.
 */
export function reciprocalRankFusion(rankings: readonly Ranking[], k = 60): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const { ids, weight = 1 } of rankings) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
