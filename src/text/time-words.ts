import type { QueryTerm } from './analyze-french.js';

/**
 * Index terms that only place a question in time (« aujourd'hui », « actuellement », "now"): they say
 * when, not what. Two sentences sharing only « aujourd'hui » are not about the same thing.
 */
export const TIME_TERMS: ReadonlySet<string> = new Set([
  'aujourd', 'hui', 'aujourdhui', 'actuel', 'actuell', 'maintenant', 'desormai', 'toujour', 'present', 'now',
  'today', 'recemment',
]);

/** Terms too common in the knowledge to tell two subjects apart. */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  'cnam', 'acdt', 'programm', 'programme', 'sourc', 'consult', 'connu', 'dispos', 'question', 'inform', 'savoir',
]);

export const isTimeConcept = (term: QueryTerm) => term.alternatives.every((a) => TIME_TERMS.has(a));
export const isGenericConcept = (term: QueryTerm) => term.alternatives.every((a) => GENERIC_TERMS.has(a) || TIME_TERMS.has(a));

/** Weight of a time word in a question that also names what it is about. */
export const TIME_WEIGHT = 0.1;

/**
 * The concepts with time words weighted down, when the question names something else: « combien de
 * centres sont ouverts aujourd'hui ? » is about open centres, not about « aujourd'hui ».
 */
export function weighTimeWords(terms: readonly QueryTerm[], weight = TIME_WEIGHT): QueryTerm[] {
  if (!terms.some((t) => !isTimeConcept(t))) return [...terms];
  return terms.map((t) => (isTimeConcept(t) ? { ...t, weight } : t));
}
