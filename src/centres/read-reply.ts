import type { Turn } from '../core/ask-context.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { LOCATION_STATEMENT } from './centre-intent.js';
import { findPlace } from './find-place.js';
import { haversineKm } from './haversine-km.js';
import type { Locality } from './locality.js';
import type { PlaceReading } from './place-reading.js';
import { placeTokens, type PlaceToken } from './place-tokens.js';

/** How the next message answers the assistant's question. */
export type Reply =
  /** One of the communes offered. */
  | { type: 'choice'; locality: Locality }
  /** A criterion (« celle du Cher », « 26 », « la septième ») that none, or several, of the communes offered meet. */
  | { type: 'unmatched'; candidates: Locality[]; remaining: Locality[]; criterion: string; reason: 'none' | 'several' | 'ordinal' }
  /** A place given in answer to « Dans quelle commune êtes-vous ? »: look it up as the question asked. */
  | { type: 'place'; reading: PlaceReading };

/** Polite or hesitant words around a reply: « euh la deuxième svp », « oui, celle du Nord merci », "the first one please". */
const LEAD = /^(?:(?:euh|heu|bah|ben|bon|alors|donc|oui|ok|okay|d accord|plutot|non|ah|c est|cest|ce serait|je veux dire|je voulais dire|je pense a|je pensais a|je parle de|je parlais de|i mean|i meant|it s|its|it is|yes|well|oh|sorry|pardon) )+/;
const TAIL = /(?: (?:svp|stp|s il vous plait|s il te plait|merci|merci bien|merci beaucoup|please|thanks|thank you|alors|donc))+$/;

/** Ordinal words → position (0-based); « dernière » / "last" is -1. */
const ORDINALS: Record<string, number> = {
  premiere: 0, premier: 0, first: 0, deuxieme: 1, second: 1, seconde: 1, secondes: 1, troisieme: 2, third: 2, quatrieme: 3, fourth: 3,
  cinquieme: 4, fifth: 4, sixieme: 5, sixth: 5, septieme: 6, seventh: 6, huitieme: 7, eighth: 7, neuvieme: 8, ninth: 8, dixieme: 9, tenth: 9,
  derniere: -1, dernier: -1, last: -1,
};
/** Written ordinals (« 1ere », « 2e », « 2eme », "2nd"): the digits and their suffix. */
const WRITTEN_ORDINAL = /^(\d)(?:er|ere|re|e|eme|me|nd|nde|st|rd|th)$/;
/** Words that may stand around an ordinal: « la deuxième commune », « le choix 2 », "the second one", « numéro 3 ». */
const ORDINAL_FILLER = new Set(['la', 'le', 'l', 'the', 'one', 'commune', 'ville', 'village', 'town', 'option', 'choix', 'choice', 'proposition', 'reponse', 'numero', 'no', 'n', 'number', 'de', 'des', 'la', 'liste', 'list', 'on', 'in', 'celle', 'celui', 'ci', 'ca', 'cela', 'c', 'est', 'sur']);

function normalise(folded: string): string {
  return folded.replace(/[-'’.,;:!?()«»"]/g, ' ').replace(/\s+/g, ' ').trim().replace(LEAD, '').replace(TAIL, '').trim();
}

/** « deuxième », « 1ere », "last", « 2 » (folded): a position in a list, from 0 (-1 for the last), or null. */
export function ordinalIndex(word: string): number | null {
  const written = WRITTEN_ORDINAL.exec(word);
  return word in ORDINALS ? ORDINALS[word]! : written ? Number(written[1]) - 1 : /^[1-9]$/.test(word) ? Number(word) - 1 : null;
}

/** « la deuxième », « la 1ere », "the first one", « 2 », « numéro 3 »: the position in the list shown, or null. */
function ordinalOf(text: string, count: number): number | null {
  const words = text.split(' ').filter((w) => w.length > 0);
  let position: number | null = null;
  for (const word of words) {
    const value = ordinalIndex(word);
    if (value !== null) {
      if (position !== null) return null;
      position = value;
      continue;
    }
    if (!ORDINAL_FILLER.has(word)) return null;
  }
  if (position === null) return null;
  return position < 0 ? count - 1 : position;
}

/** « celle de la Réunion », « celle du Nord », « celle en Drôme », « celui dans le 68 », "the one in Alsace", « celle près de Mulhouse ». */
const THE_ONE = /^(?:celle|celui|la commune|la ville|le village|the one|the town|the commune)(?: qui est| qui se trouve| situee?| situe| located)? (?:de la |de l |du |des |de |d |en |dans le |dans la |dans l |dans les |dans |au |aux |a |in the |in |of |from |sur )?(.*)$/;
const NEAR = /^(?:pres|proche|a cote|autour|near|close to|next to)(?: de la| de l| du| des| de| d)? (.+)$/;

/** Keeps the candidates that the reading (a département, a region, a commune, a postal code) designates. */
function matching(finder: CentreFinder, candidates: readonly Locality[], reading: PlaceReading): Locality[] {
  switch (reading.type) {
    case 'departement':
      return candidates.filter((c) => c.dep === reading.area.code);
    case 'region':
      return candidates.filter((c) => c.region === reading.area.code || c.dep === reading.area.code);
    case 'epci':
      return candidates.filter((c) => reading.epci.members.includes(c.insee) || c.epci === reading.epci.siren);
    case 'locality': {
      const named = candidates.filter((c) => reading.candidates.some((r) => r.insee === c.insee || (r.former && r.insee === c.insee)));
      if (named.length > 0 || reading.how === 'postcode') return named;
      // A neighbouring town: « Saint-Louis près de Mulhouse » → the candidate nearest to it, when it is close.
      const town = reading.candidates[0];
      if (!town) return [];
      const near = candidates.map((c) => ({ c, km: haversineKm(c, town) })).sort((a, b) => a.km - b.km)[0];
      return near && near.km <= 60 ? [near.c] : [];
    }
  }
}

/** The département number the message gives alone (« 26 », « (68) », « le 974 », « dans le 2A »), else null. */
function departementNumber(finder: CentreFinder, tokens: readonly PlaceToken[]): PlaceReading | null {
  const numbers = tokens.filter((t) => /^(\d{2,3}|2a|2b)$/.test(t.key));
  if (numbers.length !== 1) return null;
  const others = tokens.filter((t) => !numbers.includes(t) && !['le', 'la', 'l', 'dans', 'du', 'de', 'en', 'au', 'departement', 'dept', 'in', 'the', 'celle', 'celui', 'one'].includes(t.key));
  if (others.length > 0) return null;
  const area = finder.index.departementByCode.get(numbers[0]!.key);
  return area ? { type: 'departement', area, text: numbers[0]!.raw, bare: true } : null;
}

/** The candidates offered in `turn`, in the order shown. */
export function offeredCandidates(finder: CentreFinder, turn: Turn): Locality[] {
  return (turn.candidates ?? []).map((code) => finder.index.communeByInsee.get(code)).filter((c): c is Locality => c !== undefined);
}

/**
 * Reads the message as the reply to the question the assistant asked in `turn`, before anything else:
 * - after « Laquelle voulez-vous dire ? »: an ordinal in the order shown (« la deuxième », « la 1ere », "the first
 *   one", « 2 »), « celle de la Réunion » / « celle du Nord » / « celle en Drôme », a département name or number
 *   (« 26 »), a postal code, a région, a neighbouring town, or the name with its département;
 * - after « Dans quelle commune êtes-vous ? »: a town, a postal code, a département or an intercommunality, alone
 *   or in a sentence (« j'habite à Verdun », « je suis de Dole », « on est sur Chalon », "I live in Sedan").
 * Returns null when the message is not a reply (a new question): it is then answered as one.
 */
export function readReply(finder: CentreFinder, question: Question, turn: Turn): Reply | null {
  const text = normalise(question.folded);
  if (text.length === 0) return null;
  if (turn.asked === 'commune') return readChoice(finder, question, turn, text);
  if (turn.asked === 'town') return readTown(finder, question, text);
  return null;
}

function readChoice(finder: CentreFinder, question: Question, turn: Turn, text: string): Reply | null {
  const candidates = offeredCandidates(finder, turn);
  if (candidates.length === 0) return null;
  const position = ordinalOf(text, candidates.length);
  if (position !== null) {
    const chosen = candidates[position];
    return chosen ? { type: 'choice', locality: chosen } : { type: 'unmatched', candidates, remaining: [], criterion: text, reason: 'ordinal' };
  }
  const theOne = THE_ONE.exec(text);
  let rest = theOne ? theOne[1]!.trim() : text;
  const near = NEAR.exec(rest);
  if (near) rest = near[1]!;
  if (rest.length === 0) return null;
  const tokens = placeTokens(rest);
  const reading = departementNumber(finder, tokens) ?? findPlace(rest, finder.index, { language: question.language, followUp: true });
  if (!reading) return null;
  // Without « celle … », a reply is short and names a place only; anything longer is a new question.
  if (!theOne && !near && !reading.bare && tokens.length > 4) return null;
  const remaining = matching(finder, candidates, reading);
  if (remaining.length === 1) return { type: 'choice', locality: remaining[0]! };
  // A new town or postal code altogether (« Dole », « 52000 ») is a new question, not a wrong answer.
  if (remaining.length === 0 && reading.type === 'locality' && !theOne && !near) return null;
  return { type: 'unmatched', candidates, remaining, criterion: criterionOf(reading), reason: remaining.length === 0 ? 'none' : 'several' };
}

/** The criterion as the answer names it: « Drôme (26) », « Grand Est », « Dole ». */
function criterionOf(reading: PlaceReading): string {
  switch (reading.type) {
    case 'departement':
      return `${reading.area.name} (${reading.area.code})`;
    case 'region':
      return reading.area.name;
    case 'epci':
      return reading.epci.name;
    case 'locality':
      return reading.how === 'postcode' ? reading.text : (reading.candidates[0]?.name ?? reading.text);
  }
}

/** Words that make a message a question of its own rather than a reply giving a town. */
const QUESTION_WORDS = /\b(comment|quand|pourquoi|combien|quel(?:le)?s?|qui|quoi|est ce|y a t il|existe|how|when|why|what|who|which|can|could|is there|are there|do you|does)\b/;

/** Town prepositions after « j'habite », « je suis »…: dropped, so that the rest reads as a bare place (« en » and « dans » are kept: « en Mayenne » is the département). */
const TOWN_PREPOSITION = /^(?:a|au|aux|de|d|du|des|sur|pres de|pres d|a cote de|from|near|at|of|sur la commune de|dans la commune de|dans la ville de|la commune de|la ville de)\s+/;

function readTown(finder: CentreFinder, question: Question, text: string): Reply | null {
  const statement = LOCATION_STATEMENT.exec(text);
  const rest = statement ? text.slice(statement[0].length).trim().replace(/^(?:fait partie|fais partie|font partie|membre|membres) (?:de la |de l |du |des |de |d )?/, '').replace(TOWN_PREPOSITION, '') : text;
  const reading = departementNumber(finder, placeTokens(rest)) ?? findPlace(statement ? rest : question.text, finder.index, { language: question.language, followUp: true });
  if (!reading) return null;
  if (!statement && !reading.bare && (QUESTION_WORDS.test(text) || placeTokens(text).length > 6)) return null;
  return { type: 'place', reading };
}
