import type { Language } from '../core/ask-context.js';
import { boundedEditDistance } from './bounded-edit-distance.js';
import { CALENDAR_WORDS, isCommonWord, isOwnWord } from './common-words.js';
import type { GazetteerArea } from './gazetteer.js';
import type { Locality } from './locality.js';
import { isAnchored, isAreaContext, isStronglyAnchored, mentionsSites } from './place-context.js';
import { fuzzyBucket, MatchRank, type EpciEntry, type LocalityEntry, type PlaceIndex } from './place-index.js';
import type { PlaceHow, PlaceReading } from './place-reading.js';
import { placeTokens, type PlaceToken } from './place-tokens.js';
import { STOP_WORDS } from './stop-words.js';

interface Span {
  start: number;
  end: number;
}

interface Match extends Span {
  localities?: LocalityEntry[];
  epcis?: EpciEntry[];
  departement?: GazetteerArea;
  region?: GazetteerArea;
  postcode?: string;
  /** A bare département number such as "68" or "2A": only a qualifier. */
  depCode?: GazetteerArea;
}

/** Tokens that may surround a bare place without making it a sentence: "Saint-Louis (68) ?", "Paris 13e arrondissement". */
const FILLER = new Set(['et', 'and', 'a', 'en', 'in', 'dans', 'le', 'la', 'les', 'l', 'the', 'what', 'about', 'how', 'pour', 'alors', 'ok', 'cnam', 'departement', 'department', 'arrondissement']);
const HOW_OF_RANK: Record<MatchRank, PlaceHow> = { 0: 'exact', 1: 'exact', 2: 'former', 3: 'short' };

function isCapitalised(token: PlaceToken | undefined): boolean {
  const first = token?.raw[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Site words that may directly precede a place: « cnam Dole », « centre cnam Sedan ». */
const SITE_NOUNS = new Set(['cnam', 'centre', 'center', 'site', 'antenne', 'campus']);

/** Smallest population for a commune named by an ordinary word to be recognised from its capital alone ("Sedan ?", « formation Valence »). */
const BARE_COMMON_MIN_POPULATION = 10_000;

/** What {@link findPlace} knows of the conversation besides the text. */
export interface FindPlaceOptions {
  /** The question's language: in English "a" is an article, never « à ». */
  language?: Language;
  /** The previous answer was a centre lookup or a clarification: a bare name is most likely a place. */
  followUp?: boolean;
}

/** The question's tokens and what the recognition rules need to know about them. */
interface Reading {
  tokens: readonly PlaceToken[];
  language: Language | undefined;
  followUp: boolean;
  /** The question names Cnam sites ("cnam", "centre", "site"…) or follows a lookup. */
  aboutSites: boolean;
  /** Tokens covered by a département or region name (possible qualifiers of a bare place). */
  areaWords: boolean[];
  /** Capitals say something: the message is neither in capitals nor in Title Case ("How Do I Pay For A Course"). */
  caseInformative: boolean;
}

/** Function words that only Title Case capitalises (articles left out: « Le Mans », « La Rochelle »). */
const TITLE_CASE_MARKERS = new Set(['de', 'du', 'des', 'en', 'et', 'au', 'aux', 'dans', 'pour', 'sur', 'par', 'avec', 'est', 'sont', 'il', 'ils', 'un', 'une', 'the', 'of', 'for', 'at', 'in', 'on', 'to', 'and', 'is', 'are', 'do', 'does', 'can', 'how', 'with', 'from', 'by', 'or', 'my', 'your']);

/** False for a message without lower case, or with several capitalised function words after the first word. */
function isCaseInformative(text: string, tokens: readonly PlaceToken[]): boolean {
  if (!/\p{Ll}/u.test(text)) return false;
  let capitalisedFunctionWords = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (TITLE_CASE_MARKERS.has(t.key) && isCapitalised(t) && t.raw !== tokens[i - 1]!.raw) capitalisedFunctionWords += 1;
  }
  return capitalisedFunctionWords < 2;
}

function isNumber(token: PlaceToken): boolean {
  return /^\d+$/.test(token.key);
}

/** Words that may stay lower case inside a capitalised name: « Saint-Jean-de-Luz », « Bar-le-Duc ». */
const NAME_CONNECTORS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'en', 'sur', 'sous', 'lez', 'les', 'aux', 'au', 'a', 'et']);

/**
 * Every token of the span is an ordinary word (dictionary, function or domain word) or a number, and the span is
 * not written as a compound name: hyphenated ("Notre-Dame-des-Landes") or with every word capitalised ("La Chaux").
 */
function isCommonSpan(r: Pick<Reading, 'tokens' | 'caseInformative'>, span: Span): boolean {
  const { tokens } = r;
  for (let i = span.start; i < span.end; i++) if (!isCommonWord(tokens[i]!.key) && !isNumber(tokens[i]!)) return false;
  if (span.end - span.start < 2) return true;
  for (let i = span.start + 1; i < span.end; i++) if (tokens[i]!.hyphen) return false;
  if (!r.caseInformative) return true;
  for (let i = span.start; i < span.end; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) && !(i > span.start && NAME_CONNECTORS.has(t.key))) return true;
  }
  return false;
}

/** The message is this span plus fillers, numbers and area names: "Sedan ?", "Saint-Louis dans le Haut-Rhin". */
function isWholeMessage(r: Reading, span: Span): boolean {
  return r.tokens.every((t, i) => (i >= span.start && i < span.end) || FILLER.has(t.key) || isNumber(t) || r.areaWords[i]);
}

/**
 * Whether a name match is plausible as a place here (guards against "y", "mer", "nice", "en ligne", "frais"…).
 * A name made of ordinary words needs a capital after a place word, or a place preposition in a question about
 * sites, or to be the whole message (answering a lookup, or capitalised and a town of some size).
 */
function acceptable(r: Reading, span: Span, key: string, area: boolean, localities: readonly LocalityEntry[] | undefined): boolean {
  const { tokens } = r;
  const inside = tokens.slice(span.start, span.end);
  const allStop = inside.every((t) => STOP_WORDS.has(t.key) || isNumber(t));
  const anchored = isAnchored(tokens, span.start, r.language);
  const capitalised = span.start > 0 && r.caseInformative && isCapitalised(tokens[span.start]);
  if (allStop) return anchored && capitalised;
  if (isCommonSpan(r, span)) {
    // « cnam dole », "centre cnam sedan": a site word right before a dictionary word (not one of the assistant's own words).
    const afterSiteWord = SITE_NOUNS.has(tokens[span.start - 1]?.key ?? '') && !inside.some((t) => isOwnWord(t.key));
    const strong = (isStronglyAnchored(tokens, span.start, r.language, !area) || afterSiteWord) && r.aboutSites;
    if (inside.length === 1 && CALENDAR_WORDS.has(key)) return strong;
    // A capitalised ordinary word is a place when it is an area or a real town, not a hamlet ("Frais ?", "Ligne ?").
    const sizeable = area || (localities ?? []).some((e) => e.population >= BARE_COMMON_MIN_POPULATION);
    if (strong || (capitalised && (anchored || r.aboutSites || sizeable))) return true;
    if (!isWholeMessage(r, span)) return false;
    return r.followUp || (r.caseInformative && isCapitalised(tokens[span.start]) && sizeable);
  }
  if (key.length <= 4) return anchored || isWholeMessage(r, span) || capitalised;
  return true;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Marks the tokens that spell a département or region name. */
function areaWords(tokens: readonly PlaceToken[], index: PlaceIndex): boolean[] {
  const covered = tokens.map(() => false);
  for (let start = 0; start < tokens.length; start++) {
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + index.maxWords); end++) {
      key = key ? `${key} ${tokens[end - 1]!.key}` : tokens[end - 1]!.key;
      if (index.departements.has(key) || index.regions.has(key)) for (let i = start; i < end; i++) covered[i] = true;
    }
  }
  return covered;
}

function collectMatches(r: Reading, index: PlaceIndex): Match[] {
  const { tokens } = r;
  const matches: Match[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const single = tokens[start]!.key;
    if (/^\d{5}$/.test(single) && index.postcodes.has(single)) matches.push({ start, end: start + 1, postcode: single });
    const depCode = /^(\d{2,3}|2a|2b)$/.test(single) ? index.departementByCode.get(single.length === 3 && !single.startsWith('97') ? '' : single) : undefined;
    if (depCode) matches.push({ start, end: start + 1, depCode });
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + index.maxWords); end++) {
      key = key ? `${key} ${tokens[end - 1]!.key}` : tokens[end - 1]!.key;
      const span = { start, end };
      const localities = index.localities.get(key);
      const epcis = index.epcis.get(key);
      const departement = index.departements.get(key);
      const region = index.regions.get(key);
      if (!localities && !epcis && !departement && !region) continue;
      if (!acceptable(r, span, key, departement !== undefined || region !== undefined, localities)) continue;
      const match: Match = { ...span };
      if (localities) match.localities = localities;
      if (epcis) match.epcis = epcis;
      if (departement) match.departement = departement;
      if (region) match.region = region;
      matches.push(match);
    }
  }
  return matches;
}

/**
 * Typo search, within 1 edit (2 for names of 8+ letters), only where a town is clearly meant: right after a place
 * preposition (« à », « près de », "in", "near"…; not « en ») in a question about sites, or as the whole short message.
 * Never on ordinary words ("course", "septembre"…): a real word is what the user meant.
 */
function fuzzyMatch(r: Reading, index: PlaceIndex, minEnd = 0): Match | null {
  const { tokens } = r;
  // The best candidate so far; its localities are made once, at the end.
  let best: { distance: number; length: number; start: number; end: number; id: number } | null = null;
  const whole = tokens.length <= 4;
  for (let start = 0; start < tokens.length; start++) {
    if (!(start === 0 && whole) && !(r.aboutSites && isStronglyAnchored(tokens, start, r.language, true))) continue;
    if (STOP_WORDS.has(tokens[start]!.key)) continue;
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + 5); end++) {
      const token = tokens[end - 1]!.key;
      key = key ? `${key} ${token}` : token;
      if (end <= minEnd) continue;
      if (start === 0 && whole && !isAnchored(tokens, 0, r.language) && end < tokens.length) continue;
      if (key.length < 5 || STOP_WORDS.has(key) || /\d/.test(key) || isCommonSpan(r, { start, end })) continue;
      const max = key.length >= 8 ? 2 : 1;
      const { fuzzy, localityKeys: keys } = index;
      for (let length = key.length - max; length <= key.length + max; length++) {
        const bucket = fuzzyBucket(key.charCodeAt(0), length);
        // Candidates are read in the packed key text: no string per candidate.
        for (let p = fuzzy.from(bucket), to = fuzzy.to(bucket); p < to; p++) {
          const id = fuzzy.ids[p]!;
          const distance = boundedEditDistance(key, keys.text, max, keys.keyStart[id]!, keys.keyStart[id + 1]!);
          if (distance > max) continue;
          const candidateLength = keys.keyLength(id);
          if (!best || distance < best.distance || (distance === best.distance && candidateLength > best.length)) {
            best = { distance, length: candidateLength, start, end, id };
          }
        }
      }
    }
  }
  if (!best) return null;
  const localities = index.localityEntries(best.id).filter((e) => e.rank !== MatchRank.ShortForm);
  return { start: best.start, end: best.end, localities };
}

/** Keeps, for each key, the most direct readings; merges duplicates (two former names of one commune). */
function bestLocalities(entries: readonly LocalityEntry[]): { localities: Locality[]; rank: MatchRank } {
  const rank = Math.min(...entries.map((e) => e.rank)) as MatchRank;
  const seen = new Set<string>();
  const localities: Locality[] = [];
  for (const e of entries) {
    if (e.rank !== rank || seen.has(e.locality.insee)) continue;
    seen.add(e.locality.insee);
    localities.push(e.locality);
  }
  localities.sort((a, b) => b.population - a.population);
  return { localities, rank };
}

function isBare(tokens: readonly PlaceToken[], used: readonly Span[]): boolean {
  return tokens.every((t, i) => used.some((s) => i >= s.start && i < s.end) || FILLER.has(t.key));
}

function spanText(tokens: readonly PlaceToken[], span: Span): string {
  const raws: string[] = [];
  for (const t of tokens.slice(span.start, span.end)) if (raws.at(-1) !== t.raw) raws.push(t.raw);
  return raws.join(' ');
}

/**
 * Finds the place a question is about: a commune (by name, former name, postal code, or with a small typo),
 * an arrondissement, an intercommunality, a département or a region. Département names and numbers next to a
 * commune act as qualifiers ("Saint-Louis (68)", "Chaumont en Haute-Marne"). Returns null when no place is found.
 */
export function findPlace(text: string, index: PlaceIndex, options: FindPlaceOptions = {}): PlaceReading | null {
  const tokens = placeTokens(text);
  if (tokens.length === 0) return null;
  const followUp = options.followUp ?? false;
  const reading: Reading = { tokens, language: options.language, followUp, aboutSites: followUp || mentionsSites(tokens), areaWords: areaWords(tokens, index), caseInformative: isCaseInformative(text, tokens) };
  let matches = collectMatches(reading, index);
  let typo = false;
  if (!matches.some((m) => m.localities || m.epcis || m.departement || m.region || m.postcode)) {
    const fuzzy = fuzzyMatch(reading, index);
    if (fuzzy?.localities?.length) {
      matches = [...matches.filter((m) => !overlaps(m, fuzzy)), fuzzy];
      typo = true;
    }
  } else {
    // "chalon en champagne": an exact short name followed by a connector may be a misspelt compound name.
    const extended = extendedTypo(reading, index, matches);
    if (extended) {
      matches = [...matches.filter((m) => !overlaps(m, extended)), extended];
      typo = true;
    }
  }
  // Longest spans first; a town name beats a qualifier of the same length.
  const places = matches
    .filter((m) => !m.depCode)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Match[] = [];
  for (const m of places) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  const qualifierCodes = matches.filter((m) => m.depCode && !chosen.some((c) => overlaps(c, m)));

  // Primary: a commune or EPCI reading unless the words mark an area ("dans le Cher", "en Mayenne").
  const isArea = (m: Match) => (m.departement || m.region) && (!m.localities && !explicitEpci(m) ? true : isAreaContext(tokens, m.start));
  const primary =
    chosen.find((m) => m.postcode) ??
    chosen.find((m) => explicitEpci(m)) ??
    chosen.find((m) => m.localities && !isArea(m)) ??
    chosen.find((m) => m.epcis && !isArea(m)) ??
    chosen.find((m) => isArea(m) && m.departement) ??
    chosen.find((m) => isArea(m) && m.region);
  if (!primary) return null;
  const qualifiers = [...chosen.filter((m) => m !== primary && (m.departement || m.region)), ...qualifierCodes];
  const used = [primary, ...qualifiers];
  const bare = isBare(tokens, used);
  const matched = spanText(tokens, primary);

  if (primary.postcode) {
    let candidates = [...(index.postcodes.get(primary.postcode) ?? [])].sort((a, b) => b.population - a.population);
    // A name next to the postal code picks one of its communes: "Chaumont 52000".
    const named = chosen.flatMap((m) => (m.localities ? bestLocalities(m.localities).localities : []));
    const both = candidates.filter((c) => named.some((n) => n.insee === c.insee));
    if (both.length > 0) candidates = both;
    const otherSpans = chosen.filter((m) => m.localities && both.length > 0);
    return { type: 'locality', candidates, how: 'postcode', text: primary.postcode, postcode: primary.postcode, bare: isBare(tokens, [...used, ...otherSpans]) };
  }
  if (isArea(primary) && !primary.postcode) {
    const area = primary.departement ?? primary.region!;
    return { type: primary.departement ? 'departement' : 'region', area, text: matched, bare };
  }
  if (explicitEpci(primary) || (primary.epcis && !primary.localities)) {
    const epci = primary.epcis![0]!.epci;
    return { type: 'epci', epci, text: matched, bare };
  }
  if (primary.localities) {
    const { localities, rank } = bestLocalities(primary.localities);
    const deps = qualifiers.map((q) => q.departement ?? q.depCode).filter((d): d is GazetteerArea => d !== undefined);
    const regions = qualifiers.map((q) => q.region).filter((r): r is GazetteerArea => r !== undefined);
    let candidates = localities;
    const byDep = candidates.filter((c) => deps.some((d) => d.code === c.dep));
    if (byDep.length > 0) candidates = byDep;
    const byRegion = candidates.filter((c) => regions.some((r) => r.code === c.region));
    if (byRegion.length > 0) candidates = byRegion;
    return { type: 'locality', candidates, how: typo ? 'typo' : HOW_OF_RANK[rank], text: matched, bare };
  }
  const area = primary.departement ?? primary.region!;
  return { type: primary.departement ? 'departement' : 'region', area, text: matched, bare };
}

const CONNECTORS = new Set(['sur', 'en', 'les', 'lez', 'de', 'des', 'du', 'sous', 'aux', 'au', 'le', 'la']);

function extendedTypo(r: Reading, index: PlaceIndex, matches: readonly Match[]): Match | null {
  const { tokens } = r;
  for (const m of matches) {
    if (!m.localities || !CONNECTORS.has(tokens[m.end]?.key ?? '') || m.end + 1 >= tokens.length) continue;
    if (matches.some((o) => o !== m && o.localities && o.start <= m.start && o.end > m.end)) continue; // part of a longer name
    // "Chaumont en Haute-Marne": the words after are a qualifier, not the rest of a name.
    if (matches.some((o) => o.start >= m.end && (o.departement || o.region || o.depCode || o.postcode))) continue;
    const slice = tokens.slice(m.start, m.start + 5);
    const fuzzy = fuzzyMatch({ ...r, tokens: slice, areaWords: r.areaWords.slice(m.start, m.start + 5) }, index, m.end - m.start + 1);
    if (fuzzy?.localities?.length && fuzzy.start === 0) return { ...fuzzy, start: fuzzy.start + m.start, end: fuzzy.end + m.start };
  }
  return null;
}

function explicitEpci(m: Match): boolean {
  return m.epcis?.some((e) => e.explicit) ?? false;
}
