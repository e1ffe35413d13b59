import type { Question } from '../core/question.js';
import type { PlaceReading } from './place-reading.js';

/**
 * Words that make a question about Cnam sites or training somewhere. Presence or list words alone (« y a-t-il »,
 * « quel », "where", "any") are not enough: « quelle est la météo à Paris ? » names a place but is not about sites.
 */
const CENTRE_WORDS = /\b(cnam|centres?|centers?|sites?|antennes?|antennas?|campus|implantations?|poles?|hubs?|maisons? des competences|formations?|former|cours|courses?|training|study|studying|etudier|etudes|ecoles?|schools?|learn|apprendre|diplomes?)\b/;
/** Words of other topics (applying, funding, the programme) that a place alone must not capture. */
const OTHER_TOPIC = /\b(candidat\w*|postuler|apply|application|inscri\w*|enrol\w*|financ\w*|fund\w*|pay|paying|paid|payments?|payer|paye[rz]?|paie(nt|r)?|cpf|ami|appels?|call|prix|cout|costs?|tarifs?|fees?|gratuit|free|diplomes?|degrees?|vae|jury|programme|program)\b/;
/** Words that keep a question about sites even when it names another topic: "où se trouve", "is there", "près de". */
const PRESENCE = /\b(centres?|centers?|sites?|antennes?|antennas?|campus|pres|proches?|near|nearest|closest|y a t il|is there|are there|where|ou se trouve|existe|ouvert|opened?)\b/;
/** Opening words of a follow-up: "et à Dole ?", "and in Dole?", "what about Sedan?". */
const FOLLOW_UP = /^(et|and|what about|how about|and what about|et pour|et du cote de|et sur|et vers|ou alors|plutot)\b/;

/**
 * A message saying where the user is: « j'habite à Verdun », « je suis de Dole », « on est sur Chalon », « notre
 * commune fait partie de Loire Forez Agglomération », "I live in Sedan", "I'm from Dole". With a place in it, a person
 * at a front desk hears "what is there for me near here?": a presence lookup.
 */
export const LOCATION_STATEMENT =
  /^(?:(?:bonjour|bonsoir|salut|hello|hi|alors|donc|euh|ben|bah|oui|ok|moi|nous) )*(?:j habite|je vis|je reside|je suis|jsuis|chuis|j suis|on est|on habite|on vit|nous sommes|nous habitons|nous vivons|notre (?:commune|ville|village|collectivite|mairie|intercommunalite|interco|agglomeration|agglo|communaute|territoire)|ma (?:commune|ville|mairie|collectivite)|mon (?:village|intercommunalite|interco|agglo|agglomeration|territoire|departement)|je travaille|je viens|i live|i m (?:from|in|based)|i am (?:from|in|based)|we are (?:in|from|based)|we re (?:in|from|based)|we live|our (?:town|city|village|commune|council|municipality)|my (?:town|city|village|commune))\b/;

/** Whether the turn before was a centre lookup or a clarification (so a bare name is an answer to it). */
export function followsLookup(question: Question): boolean {
  const previous = question.context.turns.at(-1);
  return previous?.kind === 'centre' || previous?.kind === 'clarify';
}

/**
 * Whether a question with this place reading is for the centre finder: a place plus a word about sites or
 * proximity, a bare place name or postal code, or a follow-up to a previous lookup.
 */
export function isCentreQuestion(question: Question, reading: PlaceReading): boolean {
  const text = question.folded.replace(/[-']/g, ' ').replace(/\s+/g, ' ');
  if (OTHER_TOPIC.test(text) && !PRESENCE.test(text)) return false;
  if (reading.bare) return true;
  if (followsLookup(question) && FOLLOW_UP.test(text)) return true;
  if (LOCATION_STATEMENT.test(text)) return true;
  return CENTRE_WORDS.test(text);
}

/** "near me", « près de chez moi », "the nearest", « le plus proche »: a proximity question that names no place. */
const NEAR_ME = /\b(near me|close to me|around me|near (my|where i)|close to (my|where i)|in my (town|city|area|region)|nearest|closest|(pres|proche|autour) (de )?(chez )?moi|pres de chez|proche de chez|chez moi|dans ma (ville|commune|region)|de ma (ville|commune)|(le|la|les) plus proches?)\b/;
/** Words naming Cnam sites. */
const SITES = /\b(cnam|centres?|centers?|sites?|antennes?|antennas?|campus|implantations?)\b/;

/** A question for the nearest Cnam site that names no place: "Is there a centre near me?", « le Cnam le plus proche ». */
export function isNearMeQuestion(question: Question): boolean {
  const text = question.folded.replace(/[-']/g, ' ').replace(/\s+/g, ' ');
  return NEAR_ME.test(text) && SITES.test(text);
}
