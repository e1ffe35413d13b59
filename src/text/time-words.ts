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

/**
 * Index terms that only frame a request (« pourriez-vous m'expliquer en quelques mots », « vérif rapide », "could
 * you give me a quick briefing"): how a person asks, not what about. A long, polite message keeps its subject.
 */
export const REQUEST_TERMS: ReadonlySet<string> = new Set([
  'expliqu', 'rappel', 'precis', 'indiqu', 'donn', 'confirm', 'connaitr', 'besoin', 'souhaiterai', 'souhait', 'aimerion', 'pourri',
  'pourrai', 'mot', 'quelqu', 'rapid', 'verif', 'verific', 'renseign', 'madam', 'monsieur', 'cordial', 'semain', 'prochain',
  'charg', 'mission', 'not', 'explain', 'giv', 'briefing', 'quick', 'check', 'detail', 'dat', 'exact', 'exactement',
  'precisement', 'mean', 'meaning', 'signifi', 'stand',
  // « est-il possible de … » asks as « peut-on … » does.
  'possibl',
  // « combien de villes ont réellement été lauréates ? »: emphasis, not the subject (« … ont réellement ouvert »).
  'reell', 'effectiv', 'really', 'actually',
]);

/** Weight of a time word in a question that also names what it is about. */
export const TIME_WEIGHT = 0.1;
/** Weight of a request word. */
export const REQUEST_WEIGHT = 0.15;

const isRequestConcept = (term: QueryTerm) => term.alternatives.every((a) => REQUEST_TERMS.has(a));

/**
 * The concepts with time and request words weighted down, when the question names something else: « combien de
 * centres sont ouverts aujourd'hui ? » is about open centres, not about « aujourd'hui ».
 */
export function weighQueryWords(terms: readonly QueryTerm[], weight = TIME_WEIGHT): QueryTerm[] {
  if (!terms.some((t) => !isTimeConcept(t) && !isRequestConcept(t))) return [...terms];
  return terms.map((t) => (isTimeConcept(t) ? { ...t, weight } : isRequestConcept(t) ? { ...t, weight: REQUEST_WEIGHT } : t));
}
