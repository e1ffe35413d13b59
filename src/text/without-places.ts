import { fold } from './fold.js';

/**
 * A question (folded) with the place names it mentions taken out, hyphens counting as spaces on both sides: the place
 * finder reads « la Haute-Marne » as « Haute Marne ». What is left says what is asked of the place.
 */
export function withoutPlaces(text: string, places: readonly string[]): string {
  const spaced = (s: string) => fold(s).replace(/-/g, ' ');
  let rest = spaced(text);
  for (const place of places) rest = rest.split(spaced(place)).join(' ');
  return rest;
}
