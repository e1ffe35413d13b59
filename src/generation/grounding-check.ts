import { analyzeTerms, analyze } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { passageHeader, type SourcePassage } from './source-passages.js';

/**
 * Share of a sentence's content words (analyzer concepts, numbers aside) that its cited sources must contain.
 * Calibrated on the scripted tuning set (test/generation/scripted-outputs.ts): every value from 0.30 to 0.75 catches
 * the same bad sentences there and 0.80 starts dropping good ones; 0.75, the highest that keeps them, leaves the most
 * margin on the precision side (README, "Generated answers").
 */
export const MIN_COVERAGE = 0.75;

/** Why a sentence was refused. */
export type Refusal =
  | 'no-marker'
  | 'unknown-source'
  | 'number-not-in-source'
  | 'date-not-in-source'
  | 'email-not-in-source'
  | 'url-not-in-source'
  | 'name-not-in-source'
  | 'facts-not-together'
  | 'polarity'
  | 'low-coverage'
  | 'empty';

export interface SentenceVerdict {
  /** The sentence as the model wrote it. */
  sentence: string;
  /** Its text without markers. */
  plain: string;
  /** Source numbers it cites (prompt numbering), in order, without repeats. */
  cites: number[];
  ok: boolean;
  reasons: Refusal[];
  /** Lowest content coverage over its parts (0..1). */
  coverage: number;
  /** States what the sources do not say, or that they disagree: true or not, it answers nothing by itself. */
  meta: boolean;
  /** Per cited source, the passage sentence that best supports it (for the citation's excerpt). */
  support: Map<number, string>;
}

/** `[1]`, `[1][2]`, `[1, 2]`, `[1-3]`. */
const MARKER_GROUP = /\s*\[(\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*)\]/g;

function markerNumbers(group: string): number[] {
  const out: number[] = [];
  for (const piece of group.split(/\s*[,;]\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(piece);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (let n = from; n <= to && n - from < 10; n += 1) out.push(n);
    } else out.push(Number(piece));
  }
  return out;
}

/** A sentence's text without its markers. */
export function stripMarkers(sentence: string): string {
  return sentence.replace(MARKER_GROUP, '').replace(/\s+([.,;:!?…])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** One stretch of a sentence and the sources cited right after it. */
interface Part {
  text: string;
  cites: number[];
}

/**
 * « …le 20 janvier 2020 selon Localtis [1], le 20 juillet 2020 selon les Côtes-d'Armor [2]. »: each stretch is
 * checked against the sources cited right after it; markers all at the end cover the whole sentence.
 */
function partsOf(sentence: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  let pending: Part | null = null;
  for (const match of sentence.matchAll(MARKER_GROUP)) {
    const text = sentence.slice(last, match.index);
    if (pending && text.trim() === '') pending.cites.push(...markerNumbers(match[1]!));
    else parts.push((pending = { text, cites: markerNumbers(match[1]!) }));
    last = match.index + match[0].length;
  }
  const rest = sentence.slice(last);
  if (parts.length === 0) return [{ text: rest, cites: [] }];
  // What follows the last marker (the period, a short tail) belongs to the last stretch.
  if (rest.trim()) parts[parts.length - 1]!.text += rest;
  // A stretch too short to say anything (« , ») joins the next one's text.
  return parts.filter((p) => /[\p{L}\d]/u.test(p.text));
}

// --- Facts that must be copied, not written: numbers, dates, e-mails, links, names ---------------------------------

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['aout', 8],
  ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['janv', 1], ['fevr', 2], ['avr', 4], ['juil', 7], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Number words and ordinals, folded: what they stand for. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['deux', '2'], ['trois', '3'], ['quatre', '4'], ['cinq', '5'], ['six', '6'], ['sept', '7'], ['huit', '8'], ['neuf', '9'],
  ['dix', '10'], ['onze', '11'], ['douze', '12'], ['treize', '13'], ['quatorze', '14'], ['quinze', '15'], ['seize', '16'],
  ['vingt', '20'], ['trente', '30'], ['quarante', '40'], ['cinquante', '50'], ['soixante', '60'], ['cent', '100'],
  ['mille', '1000'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['seven', '7'], ['eight', '8'],
  ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'], ['fifteen', '15'], ['twenty', '20'], ['thirty', '30'],
  ['forty', '40'], ['fifty', '50'], ['hundred', '100'], ['thousand', '1000'], ['dizaine', '10'], ['douzaine', '12'],
  ['vingtaine', '20'], ['trentaine', '30'], ['centaine', '100'], ['millier', '1000'], ['milliers', '1000'],
  ['premier', 'o1'], ['premiere', 'o1'], ['1er', 'o1'], ['1ere', 'o1'], ['first', 'o1'],
  ['deuxieme', 'o2'], ['second', 'o2'], ['seconde', 'o2'], ['2e', 'o2'], ['2eme', 'o2'], ['2nd', 'o2'],
  ['troisieme', 'o3'], ['third', 'o3'], ['3e', 'o3'], ['3eme', 'o3'], ['3rd', 'o3'],
  ['quatrieme', 'o4'], ['fourth', 'o4'], ['4e', 'o4'], ['cinquieme', 'o5'], ['fifth', 'o5'], ['5e', 'o5'],
  ['dernier', 'olast'], ['derniere', 'olast'], ['last', 'olast'],
]);

interface DateFact {
  day?: number;
  month?: number;
  year?: number;
}

/** The facts of a text that must appear, as written, in a cited source. */
interface Facts {
  dates: DateFact[];
  /** Numbers (canonical digits), number words and ordinals (`o2`). */
  numbers: string[];
  emails: string[];
  urls: string[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL = /\bhttps?:\/\/[^\s<>()\]»"]+|\bwww\.[^\s<>()\]»"]+/gi;
const DATE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => DateFact]> = [
  [/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (m) => ({ year: +m[1]!, month: +m[2]!, ...(m[3] ? { day: +m[3] } : {}) })],
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! })],
  [new RegExp(`\\b(\\d{1,2}|1er)\\s+(${MONTH})\\.?(?:\\s+(\\d{4}))?\\b`, 'g'), (m) => ({ day: m[1] === '1er' ? 1 : +m[1]!, month: MONTHS.get(m[2]!)!, ...(m[3] ? { year: +m[3] } : {}) })],
  [new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), (m) => ({ day: +m[2]!, month: MONTHS.get(m[1]!)!, year: +m[3]! })],
  [new RegExp(`\\b(${MONTH})\\.?(?:\\s+(?:de\\s+|of\\s+)?(\\d{4}))?\\b`, 'g'), (m) => ({ month: MONTHS.get(m[1]!)!, ...(m[2] ? { year: +m[2] } : {}) })],
];

/** « 1 500 », « 1 500 », « 12,5 », « 55 % »: digits without group separators, decimal point. */
function canonicalNumber(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f]/g, '').replace(/^(\d+)[.](\d{3})$/, '$1$2').replace(',', '.').replace(/^0+(?=\d)/, '');
}

/** `mars` is a month and « mai » too, but « mars » alone after « le » is often the month: kept as such. */
function factsOf(text: string): Facts {
  let rest = fold(text);
  const emails = [...rest.matchAll(EMAIL)].map((m) => m[0]);
  rest = rest.replace(EMAIL, ' ');
  const urls = [...rest.matchAll(URL)].map((m) => m[0].replace(/[.,;:!?]+$/, '').replace(/^https?:\/\/(www\.)?|^www\./, '').replace(/\/$/, ''));
  rest = rest.replace(URL, ' ');
  const dates: DateFact[] = [];
  const numbers: string[] = [];
  for (const [pattern, read] of DATE_PATTERNS) {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const date = read(match);
      // « sept » is seven as often as September: alone, it is a number word, not a date.
      if (date.day === undefined && date.year === undefined && /^(sept|mars|mai|may|march|dec|oct|nov)$/.test(match[0].trim())) return match[0];
      dates.push(date);
      return ' ';
    });
  }
  for (const m of rest.matchAll(/\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g)) numbers.push(canonicalNumber(m[0]));
  for (const word of rest.split(/[^a-z0-9]+/)) {
    const value = NUMBER_WORDS.get(word);
    if (value) numbers.push(value);
  }
  return { dates, numbers, emails, urls };
}

/** Capitalised words of a sentence (names, acronyms) other than a first word that is a function word or an opener. */
const OPENERS = new Set([
  'oui', 'non', 'yes', 'no', 'selon', 'according', 'depuis', 'since', 'pour', 'for', 'en', 'in', 'au', 'aux', 'le', 'la',
  'les', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cette', 'ces', 'cela', 'concretement', 'ainsi', 'enfin',
  'toutefois', 'cependant', 'however', 'also', 'aussi', 'donc', 'so', 'then', 'the', 'this', 'these', 'there', 'it', 'they',
  'a', 'an', 'de', 'des', 'du', 'sur', 'avec', 'with', 'par', 'by', 'dans', 'at', 'on', 'to', 'a', 'si', 'if', 'when',
  'lorsque', 'quand', 'apres', 'after', 'avant', 'before', 'each', 'chaque', 'both', 'tous', 'toutes', 'all',
]);

function namesOf(text: string, startsSentence: boolean): string[] {
  const out: string[] = [];
  const pattern = /[\p{Lu}][\p{L}\p{M}'’-]*/gu;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const initial = (startsSentence && /^[\s«"“(*-]*$/.test(before)) || /[:.!?«"“(]\s*$/.test(before) || /\n\s*[-*]?\s*$/.test(before);
    // A word that merely starts with a capital (« D'après ») is judged by its parts.
    for (const part of fold(match[0]).split(/['-]/)) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      if (initial && OPENERS.has(part)) continue;
      out.push(part);
    }
  }
  return out;
}

// --- What the cited sources say ------------------------------------------------------------------------------------

/** A sentence of a source (or its header), read once. */
interface SupportSentence {
  text: string;
  folded: string;
  words: ReadonlySet<string>;
  facts: Facts;
  terms: ReadonlySet<string>;
  negated: boolean;
  restricted: boolean;
  /** Per number (canonical digits), the content terms right after each of its occurrences. */
  windows: ReadonlyMap<string, string[][]>;
  /** The source's title and publisher, not one of its sentences. */
  header?: boolean;
}

const NEGATION =
  /\b(?:ne|n')\s*(?:[a-z'-]+\s+){0,4}?(?:pas|plus|jamais|aucun|aucune|rien|ni|personne|guere|nulle)\b|\b(?:aucun|aucune|jamais|nul|nulle|not|no|never|none|nothing|cannot|can't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|won't|hasn't|haven't)\b|^non\b/;

/** « Les sources ne concordent pas », "the sources disagree": a statement of disagreement, not a denial. */
const DISPUTE_PHRASE =
  /\b(?:ne|n')\s*(?:concordent|s'accordent|coincident)\s+pas\b|\bne\s+(?:donnent|disent|comptent|datent)\s+pas\s+(?:toutes|tous)\s+(?:le|la|les)\s+memes?\b|\b(?:do not|don't)\s+(?:agree|give the same)\b/g;

function isNegated(text: string): boolean {
  return NEGATION.test(fold(text).replace(/[’]/g, "'").replace(DISPUTE_PHRASE, ' ').trim());
}

/** « n'était ouvert qu'aux villes », « seulement », "only": a restriction the source must make too. */
const RESTRICTION = /\b(?:ne|n')\s*(?:[a-z'-]+\s+){0,4}?qu(?:e\b|')|\b(?:seulement|uniquement|exclusivement|only|solely|exclusively)\b|\breserve(?:e|s|es)? (?:aux?|a la)\b/;

function isRestricted(text: string): boolean {
  return RESTRICTION.test(fold(text).replace(/[’]/g, "'"));
}

/**
 * For each number written with digits, the content terms right after each occurrence (at most `size`, up to the next
 * number or punctuation): what it counts. « 13 centres en métropole, 7 outre-mer » gives 13 → centres, métropole.
 */
function numberWindows(text: string, size: number): Map<string, string[][]> {
  let masked = fold(text).replace(/[’]/g, "'").replace(EMAIL, ' , ').replace(URL, ' , ');
  for (const [pattern] of DATE_PATTERNS) masked = masked.replace(pattern, (m) => (/\d/.test(m) ? ' , ' : m));
  const out = new Map<string, string[][]>();
  const tokens = [...masked.matchAll(/(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|([a-z][a-z'-]*)|([,;:.()«»"!?])/g)];
  tokens.forEach((token, i) => {
    if (!token[1]) return;
    const window: string[] = [];
    for (let j = i + 1; j < tokens.length && window.length < size; j += 1) {
      const next = tokens[j]!;
      if (!next[2]) break;
      for (const term of analyze(next[2])) if (window.length < size && !window.includes(term)) window.push(term);
    }
    const value = canonicalNumber(token[1]);
    out.set(value, [...(out.get(value) ?? []), window]);
  });
  return out;
}

/** Whether each number of the claim counts, in one support sentence, what the claim says it counts. */
function countsSame(claim: ReadonlyMap<string, string[][]>, sentence: SupportSentence): boolean {
  for (const [value, windows] of claim) {
    const theirs = sentence.windows.get(value);
    if (!theirs) continue;
    for (const window of windows) {
      if (!theirs.some((t) => window.every((term) => t.includes(term)))) return false;
    }
  }
  return true;
}

/**
 * « …38 % selon Régions Magazine, environ 40 % selon l'AdCF »: in a sentence giving several attributed versions, the
 * source a claim names (« selon Régions Magazine ») must be the one its numbers are attributed to.
 */
const ATTRIBUTION = /\b(?:selon|d'apres|according to)\s+(?:l'|le |la |les |the )?([a-z&' -]+?)(?=[,;:.()]|\s+(?:le|la|les|il|elle|the|it|a|ont|est|sont|was|were)\b|$)/g;

function attributionsOf(text: string): string[] {
  return [...fold(text).replace(/[’]/g, "'").matchAll(ATTRIBUTION)].map((m) => m[1]!.trim()).filter((name) => name.length >= 3);
}

function attributedRight(claimText: string, facts: Facts, sentence: SupportSentence): boolean {
  const named = attributionsOf(claimText);
  if (named.length === 0) return true;
  const clauses = sentence.folded.replace(/[’]/g, "'").split(/[,;]/);
  if (clauses.filter((c) => attributionsOf(c).length > 0).length < 2) return true;
  for (const value of facts.numbers) {
    for (const clause of clauses) {
      if (!new RegExp(`(?:^|[^\\d])${value.replace('.', '[.,]')}(?![\\d])`).test(clause)) continue;
      const theirs = attributionsOf(clause);
      if (theirs.length > 0 && !theirs.some((t) => named.some((n) => n.includes(t) || t.includes(n)))) return false;
    }
  }
  return true;
}

function readSentence(text: string): SupportSentence {
  const folded = fold(text);
  return {
    text,
    folded,
    words: new Set(folded.split(/[^a-z0-9@.]+|\.(?=\s|$)/).filter(Boolean)),
    facts: factsOf(text),
    terms: new Set(analyze(text)),
    negated: isNegated(text),
    restricted: isRestricted(text),
    windows: numberWindows(text, 3),
  };
}

/** The sources as the check reads them, once per generation. */
export class SourceIndex {
  private readonly byNumber = new Map<number, SupportSentence[]>();

  constructor(readonly passages: readonly SourcePassage[]) {
    for (const passage of passages) {
      // The header names the source (« Selon Localtis ») but its publication date supports no date of a claim.
      const header = readSentence(`${passage.source.title} (${passage.source.publisher ?? ''})`);
      this.byNumber.set(passage.n, [{ ...header, header: true }, ...passage.sentences.map(readSentence)]);
    }
  }

  sentencesOf(n: number): SupportSentence[] | undefined {
    return this.byNumber.get(n);
  }

  has(n: number): boolean {
    return this.byNumber.has(n);
  }
}

function dateSupported(date: DateFact, sentence: SupportSentence): boolean {
  if (date.month === undefined) return false;
  return sentence.facts.dates.some(
    (d) =>
      d.month === date.month &&
      (date.day === undefined || d.day === date.day) &&
      (date.year === undefined || d.year === date.year || (d.year === undefined && sentence.facts.numbers.includes(String(date.year)))),
  );
}

function numberSupported(value: string, sentence: SupportSentence): boolean {
  const numbers = sentence.facts.numbers;
  if (numbers.includes(value)) return true;
  // « le 2e appel » for « le deuxième appel », « l'AMI 2 » for « le deuxième AMI ».
  if (value.startsWith('o')) return numbers.includes(value.slice(1));
  if (numbers.includes(`o${value}`)) return true;
  // A day or a year the source writes inside a date.
  return sentence.facts.dates.some((d) => String(d.day) === value || String(d.year) === value);
}

/** Words that say something about the sources themselves (« les sources ne précisent pas… »), not about the world. */
const META_WORDS = new Set(
  analyze(
    'sources source préciser précisent précise mentionner mentionnent indiquer indiquent donner donnent dire disent concordent concorder divergent diverger différent diffèrent varient information informations réponse répondre trouve trouver disponible consultées consultée say says specify specifies mention mentions give gives disagree differ agree information answer found available consulted',
  ),
);
const META = /\b(?:les sources|mes sources|aucune source|the sources|my sources|none of the sources|no source)\b/;

function isMeta(plain: string): boolean {
  const folded = fold(plain);
  return META.test(folded) && (isNegated(plain) || /\b(concordent|divergent|different|differ|disagree|varient|plusieurs|two|deux)\b/.test(folded));
}

/** One stretch of a sentence against the sources it cites: the refusals it earns and its coverage. */
function checkPart(part: Part, sources: SourceIndex, startsSentence: boolean, meta: boolean): { reasons: Refusal[]; coverage: number; support: Map<number, string> } {
  const reasons = new Set<Refusal>();
  const support = new Map<number, string>();
  const cited = part.cites.flatMap((n) => (sources.sentencesOf(n) ?? []).map((s) => ({ n, s })));
  const all = cited.map((c) => c.s);
  const facts = factsOf(part.text);

  // E-mails and links: verbatim in a cited source.
  for (const email of facts.emails) if (!all.some((s) => s.folded.includes(email))) reasons.add('email-not-in-source');
  for (const url of facts.urls) if (!all.some((s) => s.folded.includes(url))) reasons.add('url-not-in-source');

  // Dates and numbers: each in a cited source.
  for (const date of facts.dates) if (!all.some((s) => dateSupported(date, s))) reasons.add('date-not-in-source');
  for (const value of facts.numbers) if (!all.some((s) => numberSupported(value, s))) reasons.add('number-not-in-source');

  // Names and acronyms: each in a cited source (its title and publisher count: « Selon Localtis »).
  const names = namesOf(part.text, startsSentence);
  for (const name of names) if (!all.some((s) => s.words.has(name))) reasons.add('name-not-in-source');

  // All of them together in one sentence of it, each number counting the same thing, attributed to the same source:
  // no « 55 » borrowed from the first call's sentence for the second call's, no « 13 centres outre-mer » from
  // « 13 centres en métropole, 7 outre-mer », no « 40 % selon Régions Magazine » when 40 % is the AdCF's.
  const quantified = facts.dates.length + facts.numbers.length > 0;
  const windows = numberWindows(part.text, 2);
  const ownNames = names.filter((name) => !all.some((s) => s.header && s.words.has(name)));
  const together = all.filter(
    (s) =>
      !s.header &&
      facts.dates.every((d) => dateSupported(d, s)) &&
      facts.numbers.every((v) => numberSupported(v, s)) &&
      ownNames.every((name) => s.words.has(name)) &&
      countsSame(windows, s) &&
      attributedRight(part.text, facts, s),
  );
  if (quantified && together.length === 0 && ![...reasons].some((r) => r.endsWith('-not-in-source'))) reasons.add('facts-not-together');

  // Content words: enough of them in the cited sources.
  const concepts = analyzeTerms(stripMarkers(part.text)).filter(
    (t) => !t.alternatives.every((a) => /^\d/.test(a)) && !(meta && t.alternatives.some((a) => META_WORDS.has(a))),
  );
  const pool = new Set(all.flatMap((s) => [...s.terms]));
  const covered = concepts.filter((t) => t.alternatives.some((a) => pool.has(a))).length;
  const coverage = concepts.length === 0 ? 1 : covered / concepts.length;
  if (coverage < MIN_COVERAGE) reasons.add('low-coverage');

  // Polarity: the sentence that supports it says the same thing the same way (« n'est pas » against « est »), and
  // restricts when it restricts (« n'était ouvert qu'aux villes »).
  const claimTerms = new Set(concepts.flatMap((t) => t.alternatives));
  const overlap = (s: SupportSentence) => [...claimTerms].filter((t) => s.terms.has(t)).length;
  const candidates = quantified && together.length > 0 ? together : all.filter((s) => !s.header);
  let best: SupportSentence | undefined;
  for (const s of candidates) if (!best || overlap(s) > overlap(best)) best = s;
  if (best && best.negated !== isNegated(part.text)) reasons.add('polarity');
  if (best && isRestricted(part.text) && !best.restricted) reasons.add('polarity');

  for (const n of new Set(part.cites)) {
    const own = cited.filter((c) => c.n === n && !c.s.header).map((c) => c.s);
    let pick: SupportSentence | undefined;
    for (const s of own) if (!pick || overlap(s) > overlap(pick)) pick = s;
    if (pick) support.set(n, pick.text);
  }
  return { reasons: [...reasons], coverage, support };
}

/**
 * The check a generated sentence must pass before anyone sees it:
 * - it cites at least one source, and only sources that were given;
 * - each number, date, e-mail address, link and name in it appears in a source it cites (numbers and dates of one
 *   stretch together in one sentence of it);
 * - its content words are covered by the cited sources at {@link MIN_COVERAGE} or more;
 * - it does not deny what the supporting sentence affirms, or the reverse.
 * A sentence with several markers is checked stretch by stretch, each against the sources cited right after it.
 */
export function checkSentence(sentence: string, sources: SourceIndex): SentenceVerdict {
  const plain = stripMarkers(sentence);
  const parts = partsOf(sentence.trim());
  const cites = [...new Set(parts.flatMap((p) => p.cites))];
  const meta = isMeta(plain);
  const verdict: SentenceVerdict = { sentence, plain, cites, ok: false, reasons: [], coverage: 0, meta, support: new Map() };
  if (!/[\p{L}\d]/u.test(plain)) return { ...verdict, reasons: ['empty'] };
  if (cites.length === 0 || parts.some((p) => p.cites.length === 0)) return { ...verdict, reasons: ['no-marker'] };
  if (cites.some((n) => !sources.has(n))) return { ...verdict, reasons: ['unknown-source'] };
  const reasons = new Set<Refusal>();
  let coverage = 1;
  for (const [i, part] of parts.entries()) {
    const result = checkPart(part, sources, i === 0, meta);
    for (const r of result.reasons) reasons.add(r);
    coverage = Math.min(coverage, result.coverage);
    for (const [n, text] of result.support) if (!verdict.support.has(n)) verdict.support.set(n, text);
  }
  return { ...verdict, ok: reasons.size === 0, reasons: [...reasons], coverage };
}
