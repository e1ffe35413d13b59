import type { Locality } from './locality.js';

/** Population ratio above which the most populous homonym is taken without asking ("Chaumont" → Haute-Marne). */
export const DOMINANT_RATIO = 20;
/** For a postal code shared by several communes: ratio above which the largest one is its principal commune. */
export const POSTCODE_PRINCIPAL_RATIO = 10;
/** Most candidates listed in a clarification. */
export const MAX_CANDIDATES = 6;

/** Either one locality (with the homonyms set aside), or a list to ask the user to choose from. */
export type LocalityChoice =
  | { type: 'one'; locality: Locality; others: Locality[] }
  | { type: 'ask'; candidates: Locality[] };

/**
 * Picks the locality meant among candidates sorted by population (most populous first):
 * the only one, or one much more populous than the next, otherwise asks.
 */
export function chooseLocality(candidates: readonly Locality[], ratio: number = DOMINANT_RATIO): LocalityChoice {
  const [first, second] = candidates;
  if (!first) return { type: 'ask', candidates: [] };
  if (!second || first.population >= ratio * Math.max(second.population, 1)) {
    return { type: 'one', locality: first, others: candidates.slice(1) };
  }
  return { type: 'ask', candidates: candidates.slice(0, MAX_CANDIDATES) };
}
