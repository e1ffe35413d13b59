import type { Language } from '../core/ask-context.js';
import { boundedEditDistance } from './bounded-edit-distance.js';
import { CALENDAR_WORDS, isCommonWord, isOwnWord } from './common-words.js';
import type { GazetteerArea } from './gazetteer.js';
import type { Locality } from './locality.js';
import { isAnchored, isAreaContext, isStronglyAnchored, mentionsSites } from './place-context.js';
import { bitCount, characterMask } from './fuzzy-buckets.js';
import { fuzzyBucket, MatchRank, type EpciEntry, type LocalityEntry, type PlaceIndex } from './place-index.js';
import type { PlaceHow, PlaceReading } from './place-reading.js';
import { placeTokens, type PlaceToken } from './place-tokens.js';
import { STOP_WORDS } from './stop-words.js';
import { ENGLISH_TO_FRENCH } from '../text/english-lexicon.js';

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
  /** A bare département number such as "68" or "2A": a qualifier of a commune ("Saint-Louis 68")… */
  depCode?: GazetteerArea;
  /** …or the place itself when the words say so: « dans le 71 », « ds le 39 », « (974) », « cnam 2A ». */
  depArea?: boolean;
}

/** Tokens that may surround a bare place without making it a sentence: "Saint-Louis (68) ?", "Paris 13e arrondissement". */
const FILLER = new Set(['et', 'and', 'a', 'en', 'in', 'dans', 'le', 'la', 'les', 'l', 'the', 'what', 'about', 'how', 'pour', 'alors', 'ok', 'cnam', 'departement', 'department', 'arrondissement']);
const HOW_OF_RANK: Record<MatchRank, PlaceHow> = { 0: 'exact', 1: 'exact', 2: 'former', 3: 'short' };

function isCapitalised(token: PlaceToken | undefined): boolean {
  const first = token?.raw[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Site words that may directly precede a place: « cnam Dole », « centre cnam Sedan ». */
const SITE_NOUNS = new Set(['cnam', 'centre', 'center', 'site', 'antenne', 'campus', 'branch']);

/** Words of a question about the programme's towns: selected, winners, the calls. */
const PROGRAMME_WORDS = new Set(['ami', 'retenu', 'retenue', 'retenues', 'laureate', 'laureates', 'laureat', 'labellisee', 'selectionnee', 'villes', 'programme']);

/** Words that set the place after them aside (token keys, up to four before it). */
const EXCLUDED_BEFORE = /(?:^| )(?:outside(?: of)?|hors(?: de| d)?|(?:en )?dehors (?:de|d)(?: celle| celui| ceux| celles)?(?: de| d)?|sauf|except(?: for)?|apart from|other than|ailleurs qu a)$/;

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
  /** Numbers written in parentheses, « (974) », « (2A) »: département codes as people add them to a name. */
  parenthesised: ReadonlySet<string>;
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
  // « villes du Grand Est »: a multi-word area name after « du / de la / en / dans le » is not chance.
  // A commune named by function or domain words (« Y », « Villes ») needs a capital right after a place preposition
  // (« à Y »): « centre Villes de France » names an association.
  // « grand est : quels sites sont ouverts ? »: such a name opening a question about sites is the area too.
  if (allStop) return (isStronglyAnchored(tokens, span.start, r.language, !area) && capitalised) || (area && inside.length > 1 && (AREA_OPENERS.has(tokens[span.start - 1]?.key ?? '') || (span.start === 0 && r.aboutSites)));
  // A name known only as the head of longer ones (« Carrières » for Carrières-sur-Seine) needs a word that announces a
  // place, or to be the whole message: « selon Entreprise & Carrières » names no town.
  // « cherbourg quelles formations au cnam ? »: a short form of a sizeable town opening a question about sites counts too.
  const opensSiteQuestion = span.start === 0 && r.aboutSites && (localities ?? []).some((e) => e.population >= BARE_COMMON_MIN_POPULATION);
  if (!area && localities && localities.every((e) => e.rank === MatchRank.ShortForm) && !anchored && !isWholeMessage(r, span) && !opensSiteQuestion) return false;
  if (isCommonSpan(r, span)) {
    // « dans la rue Saint-Martin », « rue de la Paix »: a street word before a name is the street, not Rue (80).
    const next = tokens[span.end];
    if (inside.length === 1 && STREET_WORDS.has(key) && next && (STREET_CONNECTORS.has(next.key) || (r.caseInformative && isCapitalised(next)))) return false;
    // « cnam hauts de france », « pays de la loire »: a région or département named in several words is meant even in
    // lower case (one made of function words only, « grand est », was dealt with above).
    if (area && inside.length >= 2) return true;
    const previous = tokens[span.start - 1]?.key ?? '';
    // « en ligne », « en alternance », « en septembre »: « en » before an ordinary word makes an expression, not a town.
    if (!area && previous === 'en') return false;
    // « au titre de », « au sujet de », « au niveau du »: a locution, not Le Titre (80), unless written as a name.
    if (!area && !capitalised && (previous === 'au' || previous === 'aux') && ['de', 'd', 'du', 'des'].includes(tokens[span.end]?.key ?? '')) return false;
    // « commune à deux villes », « à trois communes »: a quantity, not Les Deux-Villes, unless written as a name.
    if (!area && !capitalised && NUMBER_WORDS.has(inside[0]!.key)) return false;
    // A capitalised ordinary word is a place when it is an area or a real town, not a hamlet ("Frais ?", "Ligne ?").
    const sizeable = area || (localities ?? []).some((e) => e.population >= BARE_COMMON_MIN_POPULATION);
    const own = inside.some((t) => isOwnWord(t.key));
    // « cnam dole », "centre cnam sedan": a site word right before a dictionary word (not one of the assistant's own
    // words), in a short message or written as a name; "What size of area does the Cnam target?" names no town.
    // A two-word exact name (« cnam saint denis ») is a name even when its words are the knowledge's own.
    // Not an article and a noun in lower case (« cnam ? le plan du cours »), unless a town of some size (« cnam le mans »).
    const articleLed = ['le', 'la', 'les', 'l'].includes(inside[0]!.key) && !capitalised && !sizeable;
    const exactName = inside.length >= 2 && !articleLed && (localities ?? []).some((e) => e.rank === MatchRank.Exact);
    // « le cnam de la roche sur yon »: « site word de » too, for a name of several words.
    const siteBefore = SITE_NOUNS.has(previous) || ((exactName || sizeable) && ['de', 'du', 'd'].includes(previous) && SITE_NOUNS.has(tokens[span.start - 2]?.key ?? ''));
    const afterSiteWord = siteBefore && (!own || exactName) && (tokens.length <= 4 || capitalised || sizeable || exactName);
    // English writes towns with a capital: lower-case "in charge", "at home" are expressions, unless a real town.
    let anchoredStrongly = isStronglyAnchored(tokens, span.start, r.language, !area);
    if (anchoredStrongly && r.language === 'en' && !capitalised && !sizeable) anchoredStrongly = false;
    // « moutiers cnam »: a name, then a site word, and nothing else.
    const beforeSiteWord = span.start === 0 && tokens.length <= 3 && SITE_NOUNS.has(tokens[span.end]?.key ?? '') && !own;
    const strong = (anchoredStrongly || afterSiteWord || beforeSiteWord) && r.aboutSites;
    if (inside.length === 1 && CALENDAR_WORDS.has(key)) {
      // « in May 2021 », « le 3 mai »: a date, whatever the preposition.
      const next = tokens[span.end]?.key ?? '';
      const previous = tokens[span.start - 1]?.key ?? '';
      if (/^(?:1[89]|20)\d\d$/.test(next) || /^(?:[1-9]|[12]\d|3[01])(?:er)?$/.test(previous)) return false;
      return strong;
    }
    // « Rennes a-t-elle un site du Cnam ? »: a town of some size opening a question about sites, written as a name.
    // French only: English capitalises ordinary words there too ("Nice to meet you! Is there a centre near me?").
    // « Sedan faisait partie des 55 villes de 2019 ? »: a question about the programme's towns, too.
    if (span.start === 0 && r.language !== 'en' && (r.aboutSites || tokens.some((t) => PROGRAMME_WORDS.has(t.key))) && r.caseInformative && isCapitalised(tokens[0]) && sizeable && !own) return true;
    // One of the assistant's own words capitalised mid-sentence names something else: « Villes de France ».
    if (strong || (capitalised && (own ? anchoredStrongly : anchored || r.aboutSites || sizeable))) return true;
    if (!isWholeMessage(r, span)) return false;
    return r.followUp || (r.caseInformative && isCapitalised(tokens[span.start]) && sizeable);
  }
  // « HDF, sites de l'AMI 2 ? »: a région's abbreviation, in capitals, opening a question about sites.
  const raw = tokens[0]?.raw ?? '';
  const opensAreaQuestion = area && span.start === 0 && r.aboutSites && raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z]/.test(raw);
  if (key.length <= 4) return anchored || isWholeMessage(r, span) || capitalised || opensAreaQuestion;
  return true;
}

/** Numbers written as words, which start quantities (« deux villes ») more often than names. */
const NUMBER_WORDS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'vingt', 'cent', 'mille', 'plusieurs', 'quelques', 'two', 'three', 'four', 'five', 'several']);

/** Words after which a multi-word area name made of function words is meant: « du Grand Est », « en Grand Est ». */
const AREA_OPENERS = new Set(['du', 'de', 'd', 'des', 'la', 'le', 'l', 'en', 'dans', 'in', 'of', 'the', 'au', 'cnam', 'centre', 'centres', 'site', 'sites', 'antenne', 'antennes', 'region', 'departement', 'department']);

/** Words that, before a number, make it a département: « dans le 71 », « du 39 », « département 2A », « cnam 974 ». */
const BEFORE_DEPARTEMENT_NUMBER = new Set(['le', 'du', 'au', 'dans', 'departement', 'department', 'dept', 'dep', 'cnam', 'centre', 'centres', 'site', 'sites', 'antenne', 'antennes', 'in', 'en']);
/** Words that, after a number, make it a count, a date or a measure: « le 26 septembre », « les 55 villes », « 15 km ». */
const AFTER_COUNT = new Set([
  ...CALENDAR_WORDS, 'an', 'ans', 'annee', 'annees', 'km', 'kms', 'kilometres', 'kilometers', 'miles', 'min', 'minutes', 'h', 'heure', 'heures',
  'hours', 'jours', 'days', 'mois', 'months', 'semaines', 'weeks', 'sites', 'villes', 'communes', 'centres', 'centers', 'antennes', 'lieux',
  'personnes', 'people', 'auditeurs', 'etudiants', 'students', 'habitants', 'euros', 'eur', 'e', 'places', 'candidatures', 'laureats', 'projets',
  'dossiers', 'fois', 'times', 'formations', 'cours', 'courses', 'diplomes', 'collectivites', 'territoires', 'towns', 'cities', 'sur', 'et', 'ou',
  // « au 12 rue du Pont »: a street number.
  'rue', 'avenue', 'av', 'bd', 'boulevard', 'place', 'chemin', 'allee', 'impasse', 'route', 'quai', 'cours', 'street', 'road',
]);

/**
 * Whether the département number at `index` is the place asked about rather than a count or a date: in parentheses
 * (« (974) »), after « le / du / dans le / département / cnam », an overseas code anywhere (« 974 »), or the whole
 * message; and not followed by a unit, a month or another number (« le 26 septembre », « les 15 sites »).
 */
function numberAsArea(r: Reading, index: number): boolean {
  const { tokens } = r;
  const token = tokens[index]!;
  const next = tokens[index + 1]?.key;
  if (next !== undefined && (AFTER_COUNT.has(next) || /^\d/.test(next))) return false;
  if (r.parenthesised.has(token.key)) return true;
  if (token.key.length === 3) return true;
  // « 26 » alone is a département only in answer to a lookup (« Laquelle ? », « et dans le 39 ? »), not out of the blue.
  if (tokens.length === 1) return r.followUp;
  const previous = tokens[index - 1]?.key ?? '';
  // "cnam sites in the 71?" (not "the 55 first-wave centres").
  if (previous === 'the') return ['in', 'of', 'from'].includes(tokens[index - 2]?.key ?? '');
  return BEFORE_DEPARTEMENT_NUMBER.has(previous);
}

const ARTICLE_WORDS = new Set(['la', 'le', 'les', 'l']);

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

/** Words that make the name after them a street's: « 292 rue Saint-Martin », « avenue de Paris à Versailles ». */
const STREET_WORDS = new Set(['rue', 'avenue', 'av', 'boulevard', 'bd', 'allee', 'allees', 'impasse', 'quai', 'place', 'square', 'chemin', 'street', 'road']);
const STREET_CONNECTORS = new Set(['de', 'du', 'des', 'd', 'la', 'l', 'le']);

/** Whether the name starting at `start` follows a street word (with « de la » between): a street, not a place. */
function isStreetName(tokens: readonly PlaceToken[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && i >= start - 2 && STREET_CONNECTORS.has(tokens[i]!.key)) i--;
  return i >= 0 && STREET_WORDS.has(tokens[i]!.key);
}

/** Titles and phrases before a person's name: « je suis Mme Laval », « je m'appelle Marie », "my name is". */
const PERSON_TITLES = new Set(['mme', 'mmes', 'madame', 'monsieur', 'mr', 'mrs', 'ms', 'mlle', 'dr', 'docteur', 'maitre', 'me']);

/** Whether the name starting at `start` is a person's: after a title or « je m'appelle », "my name is". */
function isPersonName(tokens: readonly PlaceToken[], start: number): boolean {
  const previous = tokens[start - 1]?.key ?? '';
  if (PERSON_TITLES.has(previous) && previous !== 'me') return true;
  // « Monsieur le Maire », « Madame la Présidente »: a title, not Mairé; « technicien chez Orange »: an employer.
  if (['le', 'la'].includes(previous) && PERSON_TITLES.has(tokens[start - 2]?.key ?? '')) return true;
  if (previous === 'chez' && isCapitalised(tokens[start])) return true;
  const two = `${tokens[start - 2]?.key ?? ''} ${previous}`;
  return two === 'm appelle' || two === 'name is' || two === 'nom est' || `${tokens[start - 3]?.key ?? ''} ${two}` === 'je m appelle';
}

function collectMatches(r: Reading, index: PlaceIndex): Match[] {
  const { tokens } = r;
  const matches: Match[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const single = tokens[start]!.key;
    if (/^\d{5}$/.test(single) && index.postcodes.has(single)) matches.push({ start, end: start + 1, postcode: single });
    // « le Centre Pompidou-Metz »: the end of a hyphenated name is no place of its own (a whole one, « Charleville-Mézières », is read from its start).
    const compoundTail = tokens[start]!.hyphen === true && /[a-z]/.test(tokens[start - 1]?.key ?? '');
    const depCode = /^(\d{2,3}|2a|2b)$/.test(single) ? index.departementByCode.get(single.length === 3 && !/^9[78]/.test(single) ? '' : single) : undefined;
    if (depCode) matches.push({ start, end: start + 1, depCode, ...(numberAsArea(r, start) ? { depArea: true } : {}) });
    const named = epciPhrase(r, index, start);
    if (named) matches.push(named);
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + index.maxWords); end++) {
      key = key ? `${key} ${tokens[end - 1]!.key}` : tokens[end - 1]!.key;
      const span = { start, end };
      const localities = index.localities.get(key);
      const epcis = index.epcis.get(key);
      const departement = index.departements.get(key);
      const region = index.regions.get(key);
      if (!localities && !epcis && !departement && !region) continue;
      if (compoundTail || isStreetName(tokens, start) || isPersonName(tokens, start)) break;
      // « dans la Marne »: the commune La Marne (Loire-Atlantique) and the département Marne share the words.
      const withoutArticle = departement || region || !ARTICLE_WORDS.has(tokens[start]!.key) ? undefined : key.slice(key.indexOf(' ') + 1);
      const articleArea = withoutArticle ? index.departements.get(withoutArticle) : undefined;
      const articleRegion = withoutArticle && !articleArea ? index.regions.get(withoutArticle) : undefined;
      if (!acceptable(r, span, key, departement !== undefined || region !== undefined, localities)) continue;
      const match: Match = { ...span };
      if (localities) match.localities = localities;
      if (epcis) match.epcis = epcis;
      if (departement ?? articleArea) match.departement = departement ?? articleArea;
      if (region ?? articleRegion) match.region = region ?? articleRegion;
      matches.push(match);
    }
  }
  return matches;
}

/** Words that say "an intercommunality" before its name, and the EPCI types they allow. */
const EPCI_WORDS: ReadonlyArray<{ words: readonly string[]; types: readonly string[] | null }> = [
  { words: ['communaute', 'd', 'agglomeration'], types: ['CA'] },
  { words: ['communaute', 'd', 'agglo'], types: ['CA'] },
  { words: ['communaute', 'de', 'communes'], types: ['CC'] },
  { words: ['communaute', 'urbaine'], types: ['CU'] },
  { words: ['communaute', 'de', 'l', 'agglomeration'], types: ['CA'] },
  { words: ['agglomeration'], types: ['CA', 'CU'] },
  { words: ['agglo'], types: ['CA', 'CU'] },
  { words: ['ca'], types: ['CA'] },
  { words: ['cc'], types: ['CC'] },
  { words: ['cu'], types: ['CU'] },
  { words: ['metropole'], types: ['METRO', 'MET69', 'CU', 'CA'] },
  { words: ['intercommunalite'], types: null },
  { words: ['interco'], types: null },
  { words: ['epci'], types: null },
];
const EPCI_CONNECTORS = new Set(['du', 'de', 'des', 'd', 'la', 'le', 'l', 'les']);
const EPCI_FIRST_WORDS = new Set(EPCI_WORDS.map((e) => e.words[0]!));

/**
 * An intercommunality named in full from its type: « Communauté d'agglomération du Grand Chalon », « CA du Pays de
 * Laon », « communauté de communes du Montbardois », « la métropole de Lyon ». The name after the type words (and
 * « du / de la »…) is looked up among the intercommunalities' names, preferring those of that type.
 */
function epciPhrase(r: Reading, index: PlaceIndex, start: number): Match | null {
  const { tokens } = r;
  if (!EPCI_FIRST_WORDS.has(tokens[start]!.key)) return null;
  for (const { words, types } of EPCI_WORDS) {
    if (!words.every((w, i) => tokens[start + i]?.key === w)) continue;
    let nameStart = start + words.length;
    while (nameStart < tokens.length && EPCI_CONNECTORS.has(tokens[nameStart]!.key) && nameStart < start + words.length + 2) nameStart++;
    let best: Match | null = null;
    let key = '';
    for (let end = nameStart + 1; end <= Math.min(tokens.length, nameStart + index.maxWords); end++) {
      key = key ? `${key} ${tokens[end - 1]!.key}` : tokens[end - 1]!.key;
      const entries = index.epcis.get(key) ?? index.epcis.get(`${words.join(' ')} ${key}`);
      if (!entries) continue;
      const typed = types ? entries.filter((e) => types.includes(e.epci.type)) : entries;
      const chosen = typed.length > 0 ? typed : entries;
      best = { start, end, epcis: chosen.map((e) => ({ epci: e.epci, explicit: true })) };
    }
    if (best) return best;
  }
  return null;
}

/**
 * Typo search, within 1 edit (2 for names of 8+ letters), only where a town is clearly meant: right after a place
 * preposition (« à », « près de », "in", "near"…; not « en ») in a question about sites, right after a site word
 * (« cnam carcassone », one edit), or as the whole short message.
 * Never on ordinary words ("course", "septembre"…): a real word is what the user meant.
 */
function fuzzyMatch(r: Reading, index: PlaceIndex, minEnd = 0, maxEdits = 2): Match | null {
  const { tokens } = r;
  // The best candidate so far; its localities are made once, at the end.
  let best: { distance: number; length: number; start: number; end: number; id: number } | null = null;
  const whole = tokens.length <= 4;
  let namedStarts = 0;
  for (let start = 0; start < tokens.length; start++) {
    // After a site word (« cnam carcassone »), only a word that is no ordinary word starts a misspelt name: "the Cnam
    // start its…" is not searched (and long English sentences stay fast).
    const afterSite = followsSiteWord(tokens, start) && (!isCommonWord(tokens[start]!.key) || SAINT.has(tokens[start]!.key));
    // In a question about sites, a capitalised word that is no ordinary word (« Maubeuje : l'antenne… », "Does Niortt
    // have a Cnam building?"), or a first word followed only by function and site words (« guingamps ya un cnam ? »).
    let compoundEnd = start + 1;
    while (tokens[compoundEnd]?.hyphen) compoundEnd += 1;
    // (Words of the knowledge or of the English lexicon are real words, not typos; at most a few such starts are tried.)
    const named =
      namedStarts < MAX_NAMED_STARTS && r.aboutSites && r.caseInformative && !tokens[start]!.hyphen && isCapitalised(tokens[start]) &&
      !isPersonName(tokens, start) && tokens.slice(start, compoundEnd).some((t) => t.key.length >= 5 && !isCommonWord(t.key) && !index.knowledgeWords?.has(t.key) && !ENGLISH_TO_FRENCH.has(t.key));
    if (named) namedStarts += 1;
    const leading = r.aboutSites && start === 0 && tokens.length > 1 && tokens.slice(1).every((t) => STOP_WORDS.has(t.key) || SITE_NOUNS.has(t.key) || FILLER.has(t.key));
    const anchored = isStronglyAnchored(tokens, start, r.language, true);
    if (!(start === 0 && whole) && !(r.aboutSites && (anchored || afterSite)) && !named && !leading) continue;
    // A name does not begin with a function word, but « saint brieu » does begin with « saint ».
    if (STOP_WORDS.has(tokens[start]!.key) && !SAINT.has(tokens[start]!.key)) continue;
    // Without a place word before it, one edit only, and a name goes on only with a hyphen, a capital or a connector.
    const onlyAfterSite = (afterSite || named || leading) && !(start === 0 && whole) && !anchored;
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + 5); end++) {
      const token = tokens[end - 1]!.key;
      // After a bare site word, a name goes on only with a connector, a hyphen or a capital (« cnam chalons en
      // champagn », « cnam Saint-Brieu »): "cnam start its second call" is one word, not four.
      if (onlyAfterSite && end > start + 1 && !CONNECTORS.has(token) && !SAINT.has(tokens[start]!.key) && !tokens[end - 1]!.hyphen && !isCapitalised(tokens[end - 1]) && !CONNECTORS.has(tokens[end - 2]!.key)) break;
      key = key ? `${key} ${token}` : token;
      if (end <= minEnd) continue;
      // « draguigan cnam ? »: a name followed only by a site word is the whole message too.
      const beforeSite = end === tokens.length - 1 && SITE_NOUNS.has(tokens[end]!.key);
      if (start === 0 && whole && !isAnchored(tokens, 0, r.language) && end < tokens.length && !beforeSite && !leading) continue;
      if (key.length < 5 || STOP_WORDS.has(key) || /\d/.test(key) || isCommonSpan(r, { start, end })) continue;
      if (index.knowledgeWords?.has(token)) break;
      // A name does not end on a function word: "cost a" is no typo of Costa.
      if (end - start > 1 && STOP_WORDS.has(token) && !SAINT.has(token)) continue;
      // One edit after a bare site word (« cnam carcassone »); two for long names after a place preposition.
      const max = Math.min(maxEdits, key.length >= 8 && !onlyAfterSite ? 2 : 1);
      const { fuzzy, localityKeys: keys } = index;
      const mask = characterMask(key);
      for (let length = key.length - max; length <= key.length + max; length++) {
        const bucket = fuzzyBucket(key.charCodeAt(0), length);
        // Candidates are read in the packed key text: no string per candidate.
        for (let p = fuzzy.from(bucket), to = fuzzy.to(bucket); p < to; p++) {
          if (bitCount(mask ^ fuzzy.masks[p]!) > 2 * max) continue;
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

const SAINT = new Set(['saint', 'sainte', 'saints', 'saintes']);
/** Capitalised words tried as misspelt names in one message, at most. */
const MAX_NAMED_STARTS = 2;

/** « cnam carcassone », « centre cnam de montbeliar », « l'antenne de … »: right after a site word (or « site word de »). */
function followsSiteWord(tokens: readonly PlaceToken[], start: number): boolean {
  const previous = tokens[start - 1]?.key ?? '';
  if (SITE_NOUNS.has(previous)) return true;
  return (previous === 'de' || previous === 'du' || previous === 'd') && SITE_NOUNS.has(tokens[start - 2]?.key ?? '');
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

const NO_CODES: ReadonlySet<string> = new Set();

/** « Saint-Louis (974) », « la Réunion ( 974 ) » → {"974"}. */
function parenthesisedCodes(text: string): ReadonlySet<string> {
  if (text.indexOf('(') < 0) return NO_CODES;
  const codes = new Set<string>();
  for (const m of text.matchAll(/\(\s*(\d{2,3}|2[abAB])\s*\)/g)) codes.add(m[1]!.toLowerCase());
  return codes;
}

/** Short-form readings (« Salon » → Salon-de-Provence) of a town of 10,000+ people, 20× larger than every exact one. */
function dominantShortForms(entries: readonly LocalityEntry[], exact: readonly Locality[]): Locality[] {
  const largest = Math.max(1, ...exact.map((l) => l.population));
  const threshold = Math.max(BARE_COMMON_MIN_POPULATION, 20 * largest);
  const found: Locality[] = [];
  for (const e of entries) {
    if (e.rank !== MatchRank.ShortForm || e.population < threshold) continue;
    if (!found.some((l) => l.insee === e.locality.insee)) found.push(e.locality);
  }
  return found.sort((a, b) => b.population - a.population);
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
  const reading: Reading = {
    tokens, language: options.language, followUp, aboutSites: followUp || mentionsSites(tokens), areaWords: areaWords(tokens, index),
    caseInformative: isCaseInformative(text, tokens), parenthesised: parenthesisedCodes(text),
  };
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
  // "the first city outside Paris", « en dehors de celle de Montbéliard », « sauf Dole »: a place set aside is not asked.
  matches = matches.filter((m) => !EXCLUDED_BEFORE.test(tokens.slice(Math.max(0, m.start - 4), m.start).map((t) => t.key).join(' ')));
  // « Aude Bono-Vandorme »: a name cut inside a hyphenated word is part of another name, not Le Bono.
  matches = matches.filter((m) => !m.localities || !tokens[m.end]?.hyphen || isNumber(tokens[m.end]!) || matches.some((o) => o !== m && o.start <= m.start && o.end > m.end));
  // Longest spans first; a town name beats a qualifier of the same length.
  const places = matches
    .filter((m) => !m.depCode)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Match[] = [];
  for (const m of places) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  const qualifierCodes = matches.filter((m) => m.depCode && !chosen.some((c) => overlaps(c, m)));

  // Primary: territories first (« La Réunion », « Loire », « Bretagne »), then a commune or EPCI reading.
  const isArea = (m: Match) => isTerritory(reading, m, [...chosen.filter((o) => o !== m && (o.departement || o.region)), ...qualifierCodes]);
  const primary =
    chosen.find((m) => m.postcode) ??
    chosen.find((m) => explicitEpci(m)) ??
    chosen.find((m) => m.localities && !isArea(m)) ??
    chosen.find((m) => m.epcis && !isArea(m)) ??
    chosen.find((m) => isArea(m) && m.departement) ??
    chosen.find((m) => isArea(m) && m.region);
  if (!primary) {
    // « cnam ds le 71 », « Y a-t-il un Cnam au 974 ? »: a département by its number alone.
    const number = qualifierCodes.find((m) => m.depArea);
    if (!number) return null;
    return { type: 'departement', area: number.depCode!, text: spanText(tokens, number), bare: isBare(tokens, [number]) };
  }
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
    const best = bestLocalities(primary.localities);
    const { rank } = best;
    // « Chalon » is Chalon-sur-Saône (45,000 people) more than Chalon in Isère (176): a short form far larger than
    // every exact homonym joins them, first (then `chooseLocality` takes it, and the others are mentioned).
    const shortForms = rank < MatchRank.Former ? dominantShortForms(primary.localities, best.localities) : [];
    const localities = shortForms.length > 0 ? [...shortForms, ...best.localities] : best.localities;
    const deps = qualifiers.map((q) => q.departement ?? q.depCode).filter((d): d is GazetteerArea => d !== undefined);
    const regions = qualifiers.map((q) => q.region).filter((r): r is GazetteerArea => r !== undefined);
    let candidates = localities;
    const byDep = candidates.filter((c) => deps.some((d) => d.code === c.dep));
    if (byDep.length > 0) candidates = byDep;
    // "Saint-Denis, near Paris": none in that département, but one in its région.
    const depRegions = deps.map((d) => index.departementByCode.get(d.code.toLowerCase())?.region).filter((r): r is string => r !== undefined);
    const byDepRegion = byDep.length === 0 ? candidates.filter((c) => depRegions.includes(c.region)) : [];
    if (byDepRegion.length > 0) candidates = byDepRegion;
    const byRegion = candidates.filter((c) => regions.some((r) => r.code === c.region));
    if (byRegion.length > 0) candidates = byRegion;
    const how: PlaceHow = typo ? 'typo' : shortForms.length > 0 && shortForms.includes(candidates[0]!) ? 'short' : HOW_OF_RANK[rank];
    return { type: 'locality', candidates, how, text: matched, bare };
  }
  const area = primary.departement ?? primary.region!;
  return { type: primary.departement ? 'departement' : 'region', area, text: matched, bare };
}

/** Words that name a commune as such before its name: « la commune de La Réunion », "the town of Vienne". */
const COMMUNE_NOUNS = new Set(['commune', 'ville', 'village', 'bourg', 'town', 'municipality', 'city']);

function namesCommune(tokens: readonly PlaceToken[], start: number): boolean {
  const previous = tokens[start - 1]?.key ?? '';
  if (COMMUNE_NOUNS.has(previous)) return true;
  return ['de', 'd', 'du', 'of'].includes(previous) && COMMUNE_NOUNS.has(tokens[start - 2]?.key ?? '');
}

/** A DROM (971–976, régions 01–06) or a collectivity (975, 977, 978, 984, 986–989). */
export function isOverseas(area: GazetteerArea): boolean {
  return area.code.length === 3 || /^0[1-6]$/.test(area.code);
}

/**
 * Whether a span naming a département or a region (and maybe communes too) is read as the territory. The words
 * decide first: « dans la Vienne », « en Mayenne » → the territory; « la commune de La Réunion », or a département
 * given for one of the homonyms (« La Réunion (47) ») → the commune. Otherwise the territory wins over small
 * homonyms elsewhere (La Réunion, Lot-et-Garonne; Loiré, Maine-et-Loire; Bretagne, Indre) and always for an
 * overseas territory (Saint-Martin); a town of some size keeps its name (Paris, Vienne in Isère, Mayenne).
 */
function isTerritory(r: Reading, m: Match, qualifiers: readonly Match[]): boolean {
  const area = m.departement ?? m.region;
  if (!area) return false;
  if (!m.localities && !explicitEpci(m)) return true;
  if (isAreaContext(r.tokens, m.start)) return true;
  // The span may begin with the article: « dans [la Marne] ».
  if (ARTICLE_WORDS.has(r.tokens[m.start]!.key) && isAreaContext(r.tokens, m.start + 1)) return true;
  if (explicitEpci(m) || !m.localities) return false;
  if (namesCommune(r.tokens, m.start)) return false;
  const homonyms = bestLocalities(m.localities).localities;
  const deps = qualifiers.map((q) => q.departement ?? q.depCode).filter((d): d is GazetteerArea => d !== undefined && d.code !== area.code);
  if (homonyms.some((c) => deps.some((d) => d.code === c.dep))) return false;
  if (isOverseas(area)) return true;
  return !homonyms.some((c) => c.population >= BARE_COMMON_MIN_POPULATION);
}

const CONNECTORS = new Set(['sur', 'en', 'les', 'lez', 'de', 'des', 'du', 'sous', 'aux', 'au', 'le', 'la']);

function extendedTypo(r: Reading, index: PlaceIndex, matches: readonly Match[]): Match | null {
  const { tokens } = r;
  for (const m of matches) {
    // « chalon en champagn »; « Clermont-Ferrant », « Saint-Ettienne »: the words joined by hyphens are one name.
    const next = tokens[m.end];
    const connector = CONNECTORS.has(next?.key ?? '') && m.end + 1 < tokens.length;
    if (!m.localities || !(connector || next?.hyphen)) continue;
    if (matches.some((o) => o !== m && o.localities && o.start <= m.start && o.end > m.end)) continue; // part of a longer name
    // "Chaumont en Haute-Marne": the words after are a qualifier, not the rest of a name.
    if (matches.some((o) => o.start >= m.end && (o.departement || o.region || o.depCode || o.postcode))) continue;
    let stop = m.end;
    while (!connector && tokens[stop]?.hyphen) stop += 1;
    const slice = connector ? tokens.slice(m.start, m.start + 5) : tokens.slice(m.start, stop);
    const fuzzy = fuzzyMatch({ ...r, tokens: slice, areaWords: r.areaWords.slice(m.start, m.start + slice.length) }, index, m.end - m.start + (connector ? 1 : 0), connector ? 2 : 1);
    if (fuzzy?.localities?.length && fuzzy.start === 0) return { ...fuzzy, start: fuzzy.start + m.start, end: fuzzy.end + m.start };
  }
  return null;
}

function explicitEpci(m: Match): boolean {
  return m.epcis?.some((e) => e.explicit) ?? false;
}
