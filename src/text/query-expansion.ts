import type { QueryTerm } from './analyze-french.js';

/**
 * French near-synonyms of the knowledge, added to a question's concepts at search time only (the
 * index is unchanged): « lauréats » also finds « villes retenues » and « collectivités labellisées »,
 * « candidatures » also finds « réponses ». Keys and values are index terms (folded, stemmed).
 */
const EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['laureat', ['retenu', 'selectionn', 'labellis']],
  ['retenu', ['laureat', 'selectionn', 'labellis']],
  ['selectionn', ['laureat', 'retenu']],
  ['labellis', ['laureat', 'retenu']],
  ['candidat', ['repons', 'repondr']],
  ['repondr', ['candidat']],
  // « Combien d'auditeurs ont été formés ? » counts the people trained in the centres.
  ['auditeur', ['apprenant', 'personn']],
  ['apprenant', ['auditeur', 'personn']],
  // « Le jury comprenait qui ? », « qui siégeait au jury ? »: who composes it (the knowledge: « réunissait »).
  ['compri', ['compos', 'reuni']],
  ['sieg', ['compos', 'reuni', 'membr']],
  // « un Cnam à proximité ? », « l'accès au Cnam »: the knowledge says « près de chez soi », « accéder ».
  ['proxim', ['pre', 'proch']],
  ['proch', ['pre', 'proxim']],
  // « dans le coin »: nearby.
  ['coin', ['pre', 'proch', 'proxim']],
  ['acc', ['acced']],
  // « je peux pas aller au Cnam ? »: to go there is to have access (« accéder »).
  ['all', ['acced']],
  // « ça a commencé quand ? », « le début du programme »: the knowledge says « lancé », « lancement », « démarrage ».
  ['commenc', ['lanc', 'demarr', 'demarrag']],
  ['debut', ['lanc', 'demarr', 'demarrag']],
  ['demarr', ['lanc']],
  ['demarrag', ['lanc']],
  // « Quels engagements pour la commune ? »: the knowledge says « collectivité ».
  ['commun', ['collectiv']],
  // « le cnam peut m'accompagner avec les papiers ? »: the knowledge says the advisers « aident » with the « dossier ».
  ['accompagn', ['aid']],
  ['papi', ['dossi']],
  // « le deuxième appel a été étendu aux Territoires d'industrie »: the knowledge says « élargi », « s'ouvre aussi ».
  ['etendu', ['elargi', 'ouvr']],
  ['elargi', ['etendu', 'ouvr']],
  // « le site internet du Cnam Bretagne »: its website, « site web ».
  ['internet', ['web']],
  // « combien de personnes un centre est-il censé accueillir ? »: what it aims at (« vise », « prévu »).
  ['cens', ['vis', 'prevu']],
  // « ce qu'une collectivité doit apporter au Cnam »: what it provides (« fournir », « met à disposition »).
  ['apport', ['fourn', 'engag']],
]);

/** « le prochain AMI », "the next call", « ils ont refait un appel »: a call after the second. */
const NEXT_CALL: ReadonlySet<string> = new Set(['prochain', 'next', 'refait', 'refair']);

/** Terms of a call for applications, and of a site: « quand a ouvert le premier AMI ? » against « … le premier centre ? ». */
const CALL_TERMS: ReadonlySet<string> = new Set(['ami', 'appel']);
const SITE_TERMS: ReadonlySet<string> = new Set(['centr', 'sit', 'antenn', 'pol', 'campus', 'implant', 'lieu', 'ecol', 'espac']);

/**
 * The concepts with their near-synonyms added as alternatives. The next call is another one (« un troisième AMI »). A call that « opens » is launched (« quand a ouvert le
 * premier AMI ? », "when did the first call open?"): the knowledge says « lancé »; a site that opens stays « ouvert ».
 */
export function expandConcepts(terms: readonly QueryTerm[]): QueryTerm[] {
  const has = (set: ReadonlySet<string>) => terms.some((t) => t.alternatives.some((a) => set.has(a)));
  const callOpens = has(CALL_TERMS) && !has(SITE_TERMS);
  return terms.map((term) => {
    if (callOpens && term.alternatives[0] === 'ouvert') return { surface: term.surface, alternatives: ['lanc'] };
    // « le prochain AMI c'est quand ? », "the next call": another call after the second (« un troisième AMI », « un nouvel appel »).
    // « ils ont refait un appel ? »: another one too.
    if (has(CALL_TERMS) && NEXT_CALL.has(term.alternatives[0]!)) return { surface: term.surface, alternatives: ['troisiem', 'nouvel', 'autr'] };
    const extra = term.alternatives.flatMap((a) => EQUIVALENTS.get(a) ?? []);
    if (extra.length === 0) return term;
    return { surface: term.surface, alternatives: [...new Set([...term.alternatives, ...extra])] };
  });
}
