import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import type { Language } from '../core/ask-context.js';
import type { Question } from '../core/question.js';
import { centreAnswer } from './centre-answer.js';
import type { CentreFinder } from './centre-finder.js';
import { lookupPlace, placePhrase, presenceBrief, regionalDoor, regionCodeOf, type PlaceTarget } from './centre-target.js';

type Topic = 'address' | 'hours' | 'prices' | 'contact' | 'practical' | 'enrolment';

const TOPICS: ReadonlyArray<[Topic, RegExp]> = [
  ['address', /\b(adresse|address)\b(?! (?:mail|e mail|email|electronique))/],
  ['hours', /\b(horaires?|heures? d ouverture|opening|ouvert|open|ferme(?:e|s|es)?|closed|vacances|holidays|jours? d ouverture)\b/],
  ['prices', /\b(prix|tarifs?|couts?|coute|frais|fees?|prices?|costs?|how much)\b/],
  ['contact', /\b(contact\w*|joindre|telephone|tel|numero|mail|e mail|email|courriel|phone)\b/],
  ['practical', /\b(parking|stationnement|garer|accessib\w*|acces|wifi)\b/],
];

/** « Les horaires d'ouverture du Cnam à Chaumont ne sont pas… », "The opening hours of the Cnam in Chaumont are not…". */
const WHAT: Record<Topic, Record<Language, (where: string) => string>> = {
  address: { fr: (w) => `L'adresse précise du Cnam ${w} n'est pas`, en: (w) => `The exact address of the Cnam ${w} is not` },
  hours: { fr: (w) => `Les horaires d'ouverture du Cnam ${w} ne sont pas`, en: (w) => `The opening hours of the Cnam ${w} are not` },
  prices: { fr: (w) => `Les tarifs du Cnam ${w} ne sont pas`, en: (w) => `The prices of the Cnam ${w} are not` },
  contact: { fr: (w) => `Les coordonnées (téléphone, courriel) du Cnam ${w} ne sont pas`, en: (w) => `The contact details (phone, e-mail) of the Cnam ${w} are not` },
  practical: { fr: (w) => `Les informations pratiques (accès, stationnement, équipements) du Cnam ${w} ne sont pas`, en: (w) => `Practical details (access, parking, facilities) of the Cnam ${w} are not` },
  enrolment: { fr: (w) => `Les modalités d'inscription au Cnam ${w} ne sont pas`, en: (w) => `How to enrol at the Cnam ${w} is not` },
};

/**
 * « Comment s'inscrire au Cnam de Sedan ? », « horaires du cnam de chaumont »: says plainly that this is not in the
 * assistant's knowledge and points to the right door (the regional centre's website when a source shows it, else
 * https://www.cnam.fr), then the presence lookup in brief. Nothing is invented. `lookup.intent` is `enrolment`.
 */
export function composeEnrolmentAnswer(finder: CentreFinder, question: Question, target: PlaceTarget): Answer {
  const fr = question.language === 'fr';
  const text = question.folded.replace(/[-'’]/g, ' ');
  const topic = TOPICS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'enrolment';
  const citations = new CitationList();
  const where = placePhrase(finder, target, question.language);
  const door = regionalDoor(finder, citations, regionCodeOf(finder, target), question.language);
  const parts = [
    fr
      ? `${WHAT[topic].fr(where)} dans mes sources : je préfère ne pas vous donner d'information inventée.`
      : `${WHAT[topic].en(where)} in my sources, and I would rather not guess.`,
    fr ? `Pour le savoir, consultez ${door}.` : `To find out, see ${door}.`,
  ];
  const presence = presenceBrief(finder, citations, target, question.language);
  parts.push(presence.text);
  return centreAnswer(question, parts, citations, 0.7, { ...lookupPlace(finder, target), intent: 'enrolment', inTown: presence.inTown, centres: presence.centres });
}
