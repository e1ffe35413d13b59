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
  // « le tarif horaire » is a price.
  ['hours', /\b((?<!(?:tarifs?|taux|couts?|prix|volumes?) )horaires?|heures? d ouverture|opening|ouvert|open|ferme(?:e|s|es)?|closed|vacances|holidays|jours? d ouverture)\b/],
  ['prices', /\b(prix|tarifs?|couts?|coute|frais|fees?|prices?|costs?|how much)\b/],
  ['contact', /\b(contact\w*|joindre|telephone|tel|numero|mail|e mail|email|courriel|phone)\b/],
  ['practical', /\b(parking|stationnement|garer|accessib\w*|acces|wifi)\b/],
];

/** « Je ne trouve pas les horaires d'ouverture du Cnam à Chaumont dans mes sources », "The opening hours of the Cnam in Chaumont are not…". */
const WHAT: Record<Topic, { fr: string; frOf: string; en: (where: string) => string }> = {
  address: { fr: "l'adresse précise", frOf: 'du', en: (w) => `The exact address of the Cnam ${w} is not` },
  hours: { fr: "les horaires d'ouverture", frOf: 'du', en: (w) => `The opening hours of the Cnam ${w} are not` },
  prices: { fr: 'les tarifs', frOf: 'du', en: (w) => `The prices of the Cnam ${w} are not` },
  contact: { fr: 'les coordonnées (téléphone, courriel)', frOf: 'du', en: (w) => `The contact details (phone, e-mail) of the Cnam ${w} are not` },
  practical: { fr: 'les informations pratiques (accès, stationnement, équipements)', frOf: 'du', en: (w) => `Practical details (access, parking, facilities) of the Cnam ${w} are not` },
  enrolment: { fr: "les modalités d'inscription", frOf: 'au', en: (w) => `How to enrol at the Cnam ${w} is not` },
};

/** « Je ne trouve pas les tarifs du Cnam à Sedan dans mes sources », « Je ne trouve pas dans mes sources les horaires du Cnam à Vierzon, ni les coordonnées ». */
function notGiven(topics: readonly Topic[], where: string): string {
  const [first, ...rest] = topics.map((t) => WHAT[t]);
  if (rest.length === 0) return `Je ne trouve pas ${first!.fr} ${first!.frOf} Cnam ${where} dans mes sources`;
  return `Je ne trouve pas dans mes sources ${first!.fr} ${first!.frOf} Cnam ${where}, ni ${rest.map((w) => w.fr).join(', ni ')}`;
}

/**
 * « Comment s'inscrire au Cnam de Sedan ? », « horaires du cnam de chaumont »: says plainly that this is not in the
 * assistant's knowledge and points to the right door (the regional centre's website when a source shows it, else
 * https://www.cnam.fr), then the presence lookup in brief. Nothing is invented. `lookup.intent` is `enrolment`.
 */
export function composeEnrolmentAnswer(finder: CentreFinder, question: Question, target: PlaceTarget): Answer {
  const fr = question.language === 'fr';
  const text = question.folded.replace(/[-'’]/g, ' ');
  const asked = TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
  const topics: Topic[] = asked.length > 0 ? asked : ['enrolment'];
  const citations = new CitationList();
  const where = placePhrase(finder, target, question.language);
  const door = regionalDoor(finder, citations, regionCodeOf(finder, target), question.language);
  const parts = [
    fr
      ? `${notGiven(topics, where)} : je préfère ne pas vous donner d'information inventée.`
      : `${WHAT[topics[0]!].en(where)} in my sources, and I would rather not guess.`,
    fr ? `Pour le savoir, consultez ${door}.` : `To find out, see ${door}.`,
  ];
  const presence = presenceBrief(finder, citations, target, question.language);
  parts.push(presence.text);
  return centreAnswer(question, parts, citations, 0.7, { ...lookupPlace(finder, target), intent: 'enrolment', inTown: presence.inTown, centres: presence.centres });
}
