import type { PlaceToken } from './place-tokens.js';

/** Words that introduce a place: "à Dole", "près de Dole", "in Dole", "near Dole". */
const PREPOSITIONS = new Set(['a', 'au', 'aux', 'en', 'dans', 'vers', 'sur', 'in', 'near', 'at', 'around', 'to', 'et', 'and', 'for', 'pour', 'cote']);
/** Words that, followed by "de", introduce a place: "près de", "proche de", "centre de". */
const BEFORE_DE = new Set(['pres', 'proche', 'proches', 'autour', 'centre', 'centres', 'site', 'sites', 'antenne', 'antennes', 'cnam', 'campus', 'ville', 'commune', 'secteur', 'cote', 'environs', 'alentours', 'region', 'proximite', 'loin']);
/** Words directly followed by a place: "cnam Dole", "centre cnam 52000", "close to Dole". */
const BEFORE_PLACE = new Set(['cnam', 'centre', 'center', 'site', 'antenne', 'campus', 'of', 'from']);

/** True when the token at `index` follows a word that announces a place. */
export function isAnchored(tokens: readonly PlaceToken[], index: number): boolean {
  const previous = tokens[index - 1]?.key;
  if (!previous) return false;
  if (PREPOSITIONS.has(previous) || BEFORE_PLACE.has(previous)) return true;
  if (previous === 'de' || previous === 'd' || previous === 'du' || previous === 'des') {
    const before = tokens[index - 2]?.key;
    return before !== undefined && BEFORE_DE.has(before);
  }
  // "dans le", "à la", "près de la", "in the"
  if (previous === 'le' || previous === 'la' || previous === 'l' || previous === 'les' || previous === 'the') {
    return index >= 2 && isAnchored(tokens, index - 1);
  }
  return false;
}

/** True when the words before `index` mark an area rather than a town: "dans le Cher", "en Mayenne", "département de la Vienne". */
export function isAreaContext(tokens: readonly PlaceToken[], index: number): boolean {
  const keys = tokens.slice(Math.max(0, index - 3), index).map((t) => t.key);
  const last = keys.at(-1);
  if (last === 'en' || last === 'in') return true;
  if (keys.some((k) => k === 'departement' || k === 'department' || k === 'region' || k === 'county')) return true;
  return (last === 'le' || last === 'la' || last === 'l' || last === 'les' || last === 'the') && (keys.at(-2) === 'dans' || keys.at(-2) === 'in');
}
