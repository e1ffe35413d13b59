import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import { isElliptical } from '../core/resolve-follow-up.js';
import { analyze, analyzeTerms } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { expandConcepts } from '../text/query-expansion.js';
import { questionKind } from '../text/question-kind.js';
import { isGenericConcept, REQUEST_TERMS } from '../text/time-words.js';
import { withoutPlaces } from '../text/without-places.js';
import { withoutSelfDescription } from '../text/self-description.js';
import { MIN_MATCH } from './knowledge-skill.js';

/** The knowledge answer replaces a directory answer when it is as sure as the knowledge's own threshold. */
const MIN_CONFIDENCE = MIN_MATCH;

/**
 * Questions about what a site is or does, beyond whether it exists: « c'est sur quoi », "what is it about", and
 * questions about an event there (« annoncé », "launched", « inaugurée »).
 */
const DESCRIBE = /\b(de quoi|sur quoi|quoi comme(?! (?:cnam|sites?|centres?|antennes?|implantations?)\b)|c'?est quoi|decri\w*|describe|what (is|was) .+ about|what kind|quel type|annonce\w*|inaugur\w*|lance[es]?|announced|launched|inaugurated|retenue?s?|selectionnee?s?|laureate?s?|labellisee?s?|choisie?s?|selected|chosen|picked|avant|apres|before|after|deja|already|depuis (?:quand|combien)|since when)\b/;

/**
 * Whether a question names a place but asks a detail of what happened there — when, how many, why, who, what it
 * is about — rather than whether the Cnam is there: « l'antenne de Montbéliard a-t-elle été inaugurée le 21 ou le
 * 22 juin ? », « campus connecté de Vierzon, combien d'heures de tutorat ? ».
 */
export function asksSiteDetail(question: Question): boolean {
  const kind = questionKind(question.text);
  const folded = fold(question.text);
  // « est-elle ouverte, ou seulement lauréate ? »: its status is the directory's answer.
  if (kind !== 'when' && !/\bdepuis\b/.test(folded) && /\b(est[- ](?:il|elle)[- ]ouverte?|ouverte? ou|open or|is it open|still open|encore ouverte?|toujours ouverte?)\b/.test(folded)) return false;
  return kind === 'when' || kind === 'count' || kind === 'why' || kind === 'who' || DESCRIBE.test(folded) || weighsDates(folded) || PREMISES.test(folded);
}

/** « qu'a fourni la ville comme bâtiment ? », « type de bâtiment ? », "what kind of building?": the premises, the knowledge's. */
const PREMISES = /\b(?:comme (?:batiment|locaux|local)|(?:quel|quels|type de|genre de|sorte de) (?:batiment|locaux|local)|what (?:kind of |sort of |type of )?(?:building|premises))\b/;

/** Words the directory answers: a site, its kind, where it is, whether it is open, how to train there. */
const DIRECTORY_TERMS: ReadonlySet<string> = new Set([
  'cnam', 'centr', 'sit', 'antenn', 'pol', 'ville', 'vill', 'commun', 'lieu', 'implant', 'campus', 'ecol', 'ouvert', 'ouvr',
  'adress', 'exist', 'pre', 'proch', 'list', 'trouv', 'cherch', 'habit', 'region', 'regional', 'departement', 'form', 'suivr',
  'building', 'batiment', 'ile', 'centre', 'center', 'have',
]);

/**
 * The words of a question that the directory answer does not hold, besides its place and how it is asked:
 * « Échéance d'autofinancement visée par le Cnam Grand Est ? » asks « échéance », « autofinancement », « visée ».
 */
function beyondDirectory(question: Question, placeNames: readonly string[], directoryAnswer: Answer, unknownWords: (text: string) => readonly string[]): string[][] {
  // « jsuis demandeur d'emploi a sedan, ya un cnam ? »: who asks is not what is asked.
  const rest = withoutSelfDescription(withoutPlaces(question.text, placeNames));
  const said = new Set([...analyze(directoryAnswer.text), ...placeNames.flatMap((p) => analyze(p))]);
  // Words no source uses (« échéance », « pensait ») cannot be said by any answer: they do not count.
  const unknown = new Set(unknownWords(rest));
  return expandConcepts(analyzeTerms(rest))
    .filter((t) => !isGenericConcept(t) && !unknown.has(t.surface) && !t.alternatives.some((a) => DIRECTORY_TERMS.has(a) || REQUEST_TERMS.has(a) || said.has(a)))
    .map((t) => t.alternatives);
}

/** Whether `answer` says half or more of `asked` (each a concept's index terms). */
function says(answer: Answer, asked: readonly string[][]): boolean {
  const own = new Set(analyze(answer.text));
  return 2 * asked.filter((alternatives) => alternatives.some((a) => own.has(a))).length >= asked.length;
}

const MONTH = /\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b/g;

/** « en avril 2019, mais un collègue parle de septembre », « le 21 ou le 22 juin »: two dates to weigh. */
function weighsDates(folded: string): boolean {
  return new Set(folded.match(MONTH) ?? []).size >= 2 || /\b\d{1,2}(?:er)? (?:ou|or) (?:le |the )?\d{1,2}\b/.test(folded);
}

/** A question opening on whether there is a site: « y a-t-il un Cnam à … », "is there a centre in …". */
const OPENS_ON_PRESENCE = /^(?:(?:bonjour|hello|hi),? )?(?:y a[- ]t[- ]il|ya|y a|il y a|est-ce qu'il y a|is there|are there)\b/;

/** A count or list of a territory's sites. */
const SITES_ASKED = /\b(?:combien|cmb|cb|cbn|nb|nombre|quoi comme|quel(?:le)?s|how many|which|what)\s+(?:de\s+|d'|of\s+)?(?:sites?|centres?|centers?|antennes?|antennas?|implantations?|cnam|poles?)\b/;

/** Whether `text` names `place` (folded, hyphens as spaces). */
function names(text: string, place: string): boolean {
  return withoutPlaces(text, [place]) !== withoutPlaces(text, []);
}

/** Whether `answer` speaks of `placeName` (folded, hyphens as spaces). */
function mentions(answer: Answer, placeName: string): boolean {
  const words = (s: string) => ` ${fold(s).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  // « CA Pays de Montbéliard Agglomération »: an intercommunality is named without its legal form too.
  const bare = placeName.replace(/^(?:CA|CC|CU|CTE|EPT|ME|MET|METRO)\s+/, '');
  return words(answer.text).includes(words(placeName)) || words(answer.text).includes(words(bare));
}

/**
 * The directory answers whether a site exists; the knowledge tells what happened at it. When a question names one
 * town and asks a detail of it, the directory's « Oui, il y a un site à Vierzon » answers beside the point: the
 * knowledge answer is preferred when it is confident and speaks of that town (so that a section about another site
 * never stands in for it). Otherwise, and for every other question, the directory answer stands.
 */
export function siteDetailsFirst(
  directory: Skill,
  knowledge: Skill,
  placeNames: (question: Question) => readonly string[] = () => [],
  unknownWords: (text: string) => readonly string[] = () => [],
): Skill {
  return {
    name: directory.name,
    async answer(question: Question): Promise<Answer | null> {
      const answer = await directory.answer(question);
      const lookup = answer?.kind === 'centre' ? answer.lookup : undefined;
      // A town, or homonyms offered to choose from (« saint denis … inaugurés quand ? »: the knowledge may know which).
      // A territory too: « Échéance d'autofinancement visée par le Cnam Grand Est ? », « c koi le site du cnam en bretagne ».
      const name =
        answer?.kind === 'centre'
          ? lookup?.candidates?.length ? undefined : (lookup?.place?.name ?? lookup?.area?.name)
          : answer?.kind === 'clarify' ? answer.lookup?.candidates?.[0]?.name : undefined;
      if (!answer || !name || answer.lookup?.intent) return answer;
      // The place as the directory knows it and as the user wrote it (« French Guiana », « carcasone »).
      const beyond = beyondDirectory(question, [name, ...placeNames(question)], answer, unknownWords);
      // « combien d'auditeurs prévus au pôle de Sedan ? » then « et à Colmar ? »: the same question of the new place.
      // « ok et le pôle il est où exactement ? » names no place: the place of the question before, asked where it is.
      const swapsPlace = question.context.turns.at(-1)?.kind === 'knowledge' && isElliptical(question.folded) && names(question.text, name);
      const detail = asksSiteDetail(question);
      // « Is there a Cnam in Saint Martin, the French side of the island? »: whether there is a site, the directory's answer.
      if (!detail && !swapsPlace && (beyond.length === 0 || OPENS_ON_PRESENCE.test(fold(question.text)))) return answer;
      // « cmb de sites cnam en occitanie ? », « ya quoi comme sites ? »: the territory's sites are what is asked.
      if (lookup?.area && SITES_ASKED.test(fold(question.text))) return answer;
      const known = await knowledge.answer(question);
      // An intercommunality's sites are its own: « Colmar Agglomération » is spoken of as « à Colmar ».
      const towns = lookup?.area?.type === 'epci' && lookup.inTown ? lookup.centres.map((c) => c.town) : [];
      if (known?.kind !== 'knowledge' || known.confidence < MIN_CONFIDENCE || ![name, ...towns].some((n) => mentions(known, n))) return answer;
      return detail || swapsPlace || says(known, beyond) ? known : answer;
    },
  };
}
