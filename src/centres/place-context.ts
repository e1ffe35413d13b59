import type { Language } from '../core/ask-context.js';
import type { PlaceToken } from './place-tokens.js';

/** Words that introduce a place: "à Dole", "près de Dole", "in Dole", "near Dole". */
const PREPOSITIONS = new Set(['a', 'au', 'aux', 'en', 'dans', 'vers', 'sur', 'in', 'near', 'at', 'around', 'to', 'et', 'and', 'for', 'pour', 'cote']);
/** The prepositions that, by themselves, say "at/in/near a place": enough context for a typo guess. */
const STRONG_PREPOSITIONS = new Set(['a', 'au', 'aux', 'en', 'dans', 'vers', 'in', 'near', 'at', 'around']);
/** Words that, followed by "de", introduce a place: "près de", "proche de", "centre de". */
const BEFORE_DE = new Set(['pres', 'proche', 'proches', 'autour', 'centre', 'centres', 'site', 'sites', 'antenne', 'antennes', 'cnam', 'campus', 'ville', 'commune', 'secteur', 'cote', 'environs', 'alentours', 'region', 'proximite', 'loin']);
/** Proximity words that, followed by "de", are a strong place preposition: "près de", "autour de". */
const STRONG_BEFORE_DE = new Set(['pres', 'proche', 'proches', 'autour', 'cote', 'environs', 'alentours', 'proximite']);
/** English words that, followed by "to", are a strong place preposition: "close to", "nearest to". */
const STRONG_BEFORE_TO = new Set(['close', 'closest', 'near', 'nearest', 'next']);
/** Words directly followed by a place: "cnam Dole", "centre cnam 52000", "close to Dole". */
const BEFORE_PLACE = new Set(['cnam', 'centre', 'center', 'site', 'antenne', 'campus', 'of', 'from']);
const ARTICLES = new Set(['le', 'la', 'l', 'les', 'the']);
/** Words that make the question about Cnam sites (not courses, funding or the programme); « y a t il qqch à … ». */
const SITE_WORDS = new Set(['cnam', 'centre', 'centres', 'center', 'centers', 'site', 'sites', 'antenne', 'antennes', 'antenna', 'antennas', 'campus', 'implantation', 'implantations', 'branch', 'branches', 'qqch', 'qqc']);

/** "a"/"an" are articles in English ("pay for a course"), never the French « à ». */
function isPreposition(word: string, language: Language | undefined): boolean {
  if (language === 'en' && word === 'a') return false;
  return PREPOSITIONS.has(word);
}

/** True when the token at `index` follows a word that announces a place. */
export function isAnchored(tokens: readonly PlaceToken[], index: number, language?: Language): boolean {
  const previous = tokens[index - 1]?.key;
  if (!previous) return false;
  if (isPreposition(previous, language) || BEFORE_PLACE.has(previous)) return true;
  if (previous === 'de' || previous === 'd' || previous === 'du' || previous === 'des') {
    const before = tokens[index - 2]?.key;
    return before !== undefined && BEFORE_DE.has(before);
  }
  // "dans le", "à la", "près de la", "in the"
  if (ARTICLES.has(previous)) return index >= 2 && isAnchored(tokens, index - 1, language);
  return false;
}

/**
 * True when the token at `index` directly follows a place preposition proper: « à / en / dans / vers / près de »,
 * "in / near / at / around / close to" (possibly with an article: « au Mans », « près de la … »).
 * With `town`, « en » does not count: French says « à Dole » but « en ligne », « en septembre », « en Mayenne ».
 */
export function isStronglyAnchored(tokens: readonly PlaceToken[], index: number, language?: Language, town = false): boolean {
  const previous = tokens[index - 1]?.key;
  if (!previous) return false;
  if (town && previous === 'en') return false;
  if (STRONG_PREPOSITIONS.has(previous)) return !(language === 'en' && previous === 'a');
  if (previous === 'de' || previous === 'd' || previous === 'du' || previous === 'des') return STRONG_BEFORE_DE.has(tokens[index - 2]?.key ?? '');
  if (previous === 'to') return STRONG_BEFORE_TO.has(tokens[index - 2]?.key ?? '');
  if (ARTICLES.has(previous)) return index >= 2 && isStronglyAnchored(tokens, index - 1, language, town);
  return false;
}

/** True when a word of the question names Cnam sites ("cnam", "centre", "site", "antenne", "campus"). */
export function mentionsSites(tokens: readonly PlaceToken[]): boolean {
  return tokens.some((t) => SITE_WORDS.has(t.key));
}

/** True when the words before `index` mark an area rather than a town: "dans le Cher", "en Mayenne", "département de la Vienne". */
export function isAreaContext(tokens: readonly PlaceToken[], index: number): boolean {
  const keys = tokens.slice(Math.max(0, index - 3), index).map((t) => t.key);
  const last = keys.at(-1);
  if (last === 'en' || last === 'in') return true;
  if (keys.some((k) => k === 'departement' || k === 'department' || k === 'region' || k === 'county')) return true;
  return (last === 'le' || last === 'la' || last === 'l' || last === 'les' || last === 'the') && (keys.at(-2) === 'dans' || keys.at(-2) === 'in');
}
