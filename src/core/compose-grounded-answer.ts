import { analyze, analyzeTerms, termOf } from '../text/analyze-french.js';
import { asksForContact, givesContactDetails } from '../text/contact-details.js';
import { CLAIM_MARKER } from '../text/claim-markers.js';
import {
  countSetsAgree,
  countsOf,
  dateSetsAgree,
  datesOf,
  isPreciseDate,
  type CountFigure,
  type DateFigure,
} from '../text/figures.js';
import { fold } from '../text/fold.js';
import { formatSourceDate } from '../text/format-source-date.js';
import { expandConcepts } from '../text/query-expansion.js';
import { questionKind, type QuestionKind } from '../text/question-kind.js';
import { isGenericConcept, weighTimeWords } from '../text/time-words.js';
import type { Answer, Citation } from './answer.js';
import type { Language } from './ask-context.js';
import { groundedSentences, type GroundedSentence } from './grounded-sentence.js';
import { audienceOf, sentenceAudience, type Audience } from './question-intent.js';
import type { PassageHit, PassageSource } from './passage-retriever.js';
import { namesItsSource, namesSourceByName, shortPublisher } from './source-name.js';

export interface GroundedAnswerInput {
  /** The question as the user typed it. */
  question: string;
  /** The search query (the question, completed by the conversation for a follow-up). */
  query: string;
  language: Language;
  /** Retrieved passages, best first. */
  hits: readonly PassageHit[];
  confidence: number;
  /** What the question asks for (default: from its wording); « quand » and « combien » compare figures. */
  kind?: QuestionKind;
  /** The question applies to several calls: one part per call, each with its own hits. */
  parts?: readonly AnswerPart[];
}

export interface ComposeOptions {
  /** Word budget of the answer text (framing included). */
  maxWords?: number;
  /** Most sentences quoted. */
  maxSentences?: number;
}

interface Scored {
  sentence: GroundedSentence;
  score: number;
  /** Query concepts matched (IDF-weighted), without position bonuses. */
  relevance: number;
  matched: Set<number>;
  /** About another call than the asked one (« le premier » when « le deuxième » is asked). */
  offPoint: boolean;
  /** Not clearly about the asked call alone (no ordinal, or both): not a version of its figure. */
  unscoped: boolean;
  /** Query concepts stated in the sentence itself. */
  inSentence: Set<number>;
  /** Calls the sentence is about: its own ordinals, else its heading's. */
  scope: string[];
  /** Share (0..1) of the question's content concepts (no time or generic words) in the sentence or its heading. */
  subject: number;
  /** Speaks to the other audience than the question's (enrolling vs answering the call). */
  otherAudience: boolean;
  /** About the whole Cnam network, when the question is about the programme. */
  network: boolean;
}

/** « sur les deux vagues », « over both calls »: a total over the calls. */
const CUMULATIVE = /\b(?:les|des) deux (?:vagues|AMI|appels)\b|\bboth (?:calls|waves)\b/i;

/** Share of the smaller term set found in the other: near-duplicate sentences score high. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 1;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  return shared / small.size;
}

const wordsOnly = (terms: ReadonlySet<string>) => new Set([...terms].filter((t) => !/\d/.test(t)));

/** Index terms that only frame a question (« à quelle date », « selon les sources », "exactly"). */
const META_TERMS = new Set(['dat', 'date', 'sourc', 'exact', 'exactement', 'precis', 'precisement']);

/** Ordinal terms: a sentence about « le deuxième » does not answer a question about « le premier ». */
const ORDINALS = new Set(['premi', 'deuxiem', 'troisiem']);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Scores sentences by the query concepts they contain, weighted by how rare each is among candidates.
 * A concept found only in the sentence's section heading (a question) counts a little less.
 */
function scoreSentences(
  query: string,
  candidates: readonly GroundedSentence[],
  audience: Audience,
  figureKind: FigureKind | null,
): { scored: Scored[]; nouns: Set<string> } {
  // « À quelle date », « selon les sources »: what kind of answer is wanted, not what it is about.
  // « aujourd'hui », "now": when, not what; they weigh little.
  const concepts = weighTimeWords(expandConcepts(analyzeTerms(query)), 0.5).filter((c) => !c.alternatives.every((a) => META_TERMS.has(a)));

  const network = networkScope(query, candidates);
  const headingTerms = new Map<PassageHit, Set<string>>();
  const headingOf = (hit: PassageHit) => {
    let terms = headingTerms.get(hit);
    if (!terms) headingTerms.set(hit, (terms = new Set(analyze(hit.headingPath.slice(1).join(' ')))));
    return terms;
  };
  const matches = candidates.map((s) => {
    const inSentence = new Set<number>();
    const inHeading = new Set<number>();
    const heading = headingOf(s.hit);
    concepts.forEach((c, i) => {
      if (c.alternatives.some((a) => s.terms.has(a))) inSentence.add(i);
      else if (c.alternatives.some((a) => heading.has(a))) inHeading.add(i);
    });
    return { inSentence, inHeading };
  });
  const idf = concepts.map((_, i) => {
    const df = matches.filter((m) => m.inSentence.has(i) || m.inHeading.has(i)).length;
    return df === 0 ? 0 : Math.log(1 + candidates.length / df) * (concepts[i]!.weight ?? 1);
  });
  const maxIdf = Math.max(1, ...idf);
  // What the question is about: its concepts but time and generic words, and words no candidate has
  // (a typo the search corrected, a word the knowledge never uses).
  const content = concepts.flatMap((c, i) => (isGenericConcept(c) || idf[i] === 0 ? [] : [i]));
  const wantedOrdinals = new Set(concepts.flatMap((c) => c.alternatives).filter((t) => ORDINALS.has(t)));
  const nouns = new Set(
    concepts
      .flatMap((c) => c.alternatives)
      .filter((t) => !ORDINALS.has(t) && t !== 'ami')
      .flatMap((t) => [t, ...(NOUN_EQUIVALENTS.get(t) ?? [])]),
  );
  const contactAsked = asksForContact(query);
  const scored = candidates.map((sentence, i) => {
    const { inSentence, inHeading } = matches[i]!;
    let score = 0;
    // An e-mail address or a phone number answers « qui contacter ? », not « qu'est-ce que le programme ? ».
    let offPoint = !contactAsked && givesContactDetails(sentence.plain);
    if (offPoint) score -= maxIdf;
    let unscoped = false;
    // The calls it is about: the sentence's own ordinals, else its heading's.
    const own = [...ORDINALS].filter((o) => sentence.terms.has(o));
    const scope = own.length > 0 ? own : [...ORDINALS].filter((o) => headingOf(sentence.hit).has(o));
    if (wantedOrdinals.size > 0) {
      const context = new Set([...sentence.terms, ...headingOf(sentence.hit)]);
      const other = [...ORDINALS].some((o) => !wantedOrdinals.has(o) && context.has(o));
      const same = [...wantedOrdinals].some((o) => context.has(o));
      if (other && !same) {
        score -= maxIdf;
        offPoint = true;
      }
      // « sur les deux vagues » counts both calls, not the asked one.
      if (CUMULATIVE.test(sentence.plain)) offPoint = true;
      // A version of a figure must be about the asked call alone.
      if (!scope.some((o) => wantedOrdinals.has(o)) || scope.some((o) => !wantedOrdinals.has(o))) unscoped = true;
    }
    for (const c of inSentence) score += idf[c]!;
    for (const c of inHeading) score += 0.8 * idf[c]!;
    const subject = content.length === 0 ? 1 : content.filter((c) => inSentence.has(c) || inHeading.has(c)).length / content.length;
    // Enrolling is not answering the call: a sentence for the other audience is another subject.
    const said = sentenceAudience(`${sentence.hit.headingPath.at(-1) ?? ''} ${sentence.plain}`);
    const otherAudience = audience !== null && said !== null && said !== audience;
    if (otherAudience) score -= 0.5 * maxIdf;
    const isNetwork = network && isNetworkSentence(sentence);
    if (isNetwork) score -= 0.5 * maxIdf;
    const relevance = score;
    // « Combien… », « Quand… »: a sentence that gives a figure answers before one that only mentions the subject.
    if (figureKind && !sentence.absence && inSentence.size > 0 && hasFigures(figuresOf(sentence.plain, figureKind, nouns))) score += 0.5 * maxIdf;
    // Topic sheets gather every source's version: their sentences come before per-source summaries.
    if (sentence.hit.documentId.startsWith('docs/topics/')) score += 0.2 * maxIdf;
    if (sentence.position === 0) score += 0.3 * maxIdf;
    if (sentence.rank === 0) score += 0.3 * maxIdf;
    score -= 0.05 * sentence.position;
    return {
      sentence, score, relevance, matched: new Set([...inSentence, ...inHeading]), offPoint: offPoint || otherAudience || isNetwork,
      unscoped, inSentence, scope, subject, otherAudience, network: isNetwork,
    };
  });
  return { scored, nouns };
}

/** A question that asks about the whole network (« le réseau du Cnam », "the whole Cnam"). */
const ASKS_NETWORK = /\b(reseau|network|ensemble du cnam|tout le cnam|the whole cnam|en france|au total|in total)\b/;

/** A passage about the Cnam's whole network rather than the programme's centres. */
const isNetworkSentence = (s: GroundedSentence) => /\breseau\b/.test(fold(`${s.hit.documentTitle} ${s.hit.headingPath[0] ?? ''}`));

/**
 * Whether network-wide sentences are another subject for this question: it does not ask about the
 * network, and some candidate is about the programme. « Combien d'auditeurs ont été formés ? » is
 * answered with the programme's figure; the network's yearly learners are not a version of it.
 */
function networkScope(query: string, candidates: readonly GroundedSentence[]): boolean {
  if (ASKS_NETWORK.test(fold(query))) return false;
  return candidates.some((s) => !isNetworkSentence(s)) && candidates.some(isNetworkSentence);
}

/** How the asked point is measured: dates for « quand », counts for « combien ». */
type FigureKind = 'date' | 'count';

/** Figures of one sentence on the asked point. */
interface Figures {
  dates: DateFigure[];
  counts: CountFigure[];
  /** Only approximations (« plus de 80 », a bare year): cannot contradict anything by itself. */
  approximate: boolean;
}

/** One version of a disputed figure: sentences that agree with one another, best first. */
interface Version {
  members: Scored[];
  figures: Figures;
}

/** Words that name the same counted thing (« 55 villes retenues » counts lauréats; « 90 dossiers » counts candidatures). */
const NOUN_CLASSES: ReadonlyArray<readonly string[]> = [
  ['laureat', 'retenu', 'selectionn', 'labellis'],
  ['candidat', 'dossi', 'repons'],
  ['apprenant', 'auditeur', 'personn', 'eleve', 'stagiair', 'inscrit'],
];

/** A comparison's second term (« 75 villes, sans expliquer l'écart avec les 55 villes de 2019 ») is another version's figure. */
const COMPARISON = /\b(?:sans expliquer l'ecart|l'ecart avec|different(?:e|es|s)? d|differe(?:nt)? d|au lieu d|plutot que|par rapport a |contre les )/;
/** An interpretation, not a source's statement: never a version of a figure. */
const HEDGED = /aucune source ne (?:le )?confirme|lecture possible|interpretation/;
const NOUN_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map(NOUN_CLASSES.flatMap((c) => c.map((t) => [t, c] as const)));

function figuresOf(text: string, kind: FigureKind, nouns: ReadonlySet<string>): Figures {
  const folded = fold(text);
  const cut = COMPARISON.exec(folded);
  const plain = cut ? folded.slice(0, cut.index) : folded;
  if (kind === 'date') {
    const dates = datesOf(plain);
    return { dates, counts: [], approximate: !dates.some(isPreciseDate) };
  }
  const counts = countsOf(plain, nouns.size > 0 ? (word) => {
    const t = termOf(word);
    return !!t && nouns.has(t);
  } : undefined);
  return { dates: [], counts, approximate: counts.every((c) => c.approximate) };
}

const hasFigures = (f: Figures) => f.dates.length > 0 || f.counts.length > 0;
const agree = (a: Figures, b: Figures) => (a.dates.length > 0 ? dateSetsAgree(a.dates, b.dates) : countSetsAgree(a.counts, b.counts));

/**
 * The versions of the asked figure among the scored sentences: sentences on the same point (close in
 * relevance to the best figure-bearing one, not about another call), with citable sources, grouped by
 * the figures they give. Two sentences from the same source never make two versions.
 */
function findVersions(scored: readonly Scored[], kind: FigureKind, nouns: ReadonlySet<string>, asked: QuestionKind): { exact: Version[]; approximate: Version[] } {
  const withFigures = scored
    .filter((s) => s.sentence.sources.length > 0 && !s.offPoint && !s.unscoped && !HEDGED.test(fold(s.sentence.plain)))
    .map((s) => ({ s, f: figuresOf(s.sentence.plain, kind, nouns) }))
    .filter(({ f }) => hasFigures(f));
  const anchor = withFigures[0];
  if (!anchor) return { exact: [], approximate: [] };
  const exact: Version[] = [];
  const approximate: Version[] = [];
  const onPoint = withFigures.filter(({ s, f }) => (s === anchor.s || onSamePoint(s, anchor.s, asked)) && !(f.approximate && kind === 'date'));
  // Exact figures first, so that an approximation never merges two versions.
  for (const { s, f } of onPoint.filter(({ f }) => !f.approximate)) {
    const version = exact.find((v) => agree(v.figures, f));
    if (version) version.members.push(s);
    else if (!exact.some((v) => v.members.some((m) => sameSources(m, s)))) exact.push({ members: [s], figures: f });
  }
  for (const { s, f } of onPoint.filter(({ f }) => f.approximate)) {
    const agreeing = exact.filter((v) => agree(v.figures, f));
    if (agreeing.length === 1) agreeing[0]!.members.push(s);
    else if (![...exact, ...approximate].some((v) => v.members.some((m) => sameSources(m, s)))) {
      // Far from every exact figure (« environ 150 » vs « 300 »): a version of its own.
      if (agreeing.length === 0 && !approximate.some((v) => agree(v.figures, f))) exact.push({ members: [s], figures: f });
      // Compatible with several (« plus de 80 » with 85 and 90): shown, but no disagreement by itself.
      else if (agreeing.length > 1) approximate.push({ members: [s], figures: f });
    }
  }
  // Topic sheets state each version with all its sources: their sentences lead.
  const topicFirst = (a: Scored, b: Scored) => Number(isTopic(b)) - Number(isTopic(a)) || b.score - a.score;
  for (const v of exact) v.members.sort(topicFirst);
  // A sentence that compares versions (« ces 90 dossiers diffèrent des 85 candidatures ») is not one of them.
  for (const v of exact) {
    v.members = v.members.filter((m, i) => i === 0 || !exact.some((o) => o !== v && agree(o.figures, figuresOf(m.sentence.plain, kind, nouns))));
  }
  return { exact, approximate };
}

/**
 * Whether `s` is about the same point as `anchor`: close in relevance, about the same call, and either
 * stating every concept the anchor states itself, or in a section that asks the same kind of question
 * (« Quand… ») and matches every concept the anchor matches.
 */
function onSamePoint(s: Scored, anchor: Scored, asked: QuestionKind): boolean {
  const heading = s.sentence.hit.headingPath.at(-1) ?? '';
  const sameKind = questionKind(heading) === asked;
  // A section that asks the question itself gathers its versions (a topic sheet: « Quand… lancé ? »).
  const sameSection = s.sentence.hit.passageId === anchor.sentence.hit.passageId && sameKind;
  if (s.relevance < (sameSection ? 0.6 : 0.75) * anchor.relevance) return false;
  if (anchor.scope.length > 0 && s.scope.length > 0 && (s.scope.length !== anchor.scope.length || s.scope.some((o) => !anchor.scope.includes(o)))) return false;
  if (sameSection) return true;
  if ([...anchor.inSentence].every((c) => s.inSentence.has(c)) && [...anchor.matched].every((c) => s.matched.has(c))) return true;
  return sameKind && [...anchor.matched].every((c) => s.matched.has(c));
}

const isTopic = (s: Scored) => s.sentence.hit.documentId.startsWith('docs/topics/');

function sameSources(a: Scored, b: Scored): boolean {
  const urls = new Set(a.sentence.sources.map((s) => s.url));
  return b.sentence.sources.every((s) => urls.has(s.url));
}

/** Who says it: « Localtis (janvier 2020) ». */
function attribution(source: PassageSource | undefined, language: Language): string {
  if (!source) return language === 'fr' ? 'les sources consultées' : 'the sources consulted';
  const who = shortPublisher(source);
  return source.date ? `${who} (${formatSourceDate(source.date, language)})` : who;
}

/** Who says it, every source named: « Localtis (27 septembre 2019) et Régions Magazine (27 septembre 2019) ». */
function attributions(sources: readonly PassageSource[], language: Language): string {
  const names = [...new Set(sources.slice(0, 3).map((s) => attribution(s, language)))];
  if (names.length <= 1) return names[0] ?? attribution(undefined, language);
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/** One part of a composed answer: a query and its hits (« pour le premier AMI »). */
export interface AnswerPart {
  /** Heading of the part: « Premier AMI (2019) ». */
  label: string;
  query: string;
  hits: readonly PassageHit[];
}

/**
 * Composes an extractive answer without any language model: the most relevant sentences of the best
 * passages, each claim followed by its citation number, the citations numbered 1..N in order of
 * appearance. For a date or count question, when sources on the asked point give different figures
 * (not approximations of one another), every version is shown with who says it and when, each cited
 * (up to four versions); sources that agree are given once, with all their citations. English
 * questions get English framing around the French sentences. With `parts` (a question that applies to
 * each call), each part is composed under its label. Returns null when no retrieved sentence is citable.
 */
export function composeGroundedAnswer(input: GroundedAnswerInput, options: ComposeOptions = {}): Answer | null {
  const { language } = input;
  const parts = input.parts && input.parts.length > 0 ? input.parts : undefined;
  const maxWords = options.maxWords ?? 120;
  const maxSentences = options.maxSentences ?? 4;
  const asked = input.kind ?? questionKind(input.question);
  const kind = figureKindOf(asked === 'other' ? questionKind(input.query) : asked);
  const citations: Citation[] = [];
  const numberOf = (source: PassageSource): number => {
    const known = citations.find((c) => c.url === source.url);
    if (known) return known.n;
    const n = citations.length + 1;
    citations.push({ n, title: source.title, url: source.url, publisher: source.publisher, date: source.date });
    return n;
  };
  const withExcerpt = (sentence: GroundedSentence) => {
    for (const source of sentence.sources) {
      const citation = citations.find((c) => c.url === source.url);
      if (citation && !citation.excerpt) {
        citation.excerpt = sentence.plain.length > 200 ? `${sentence.plain.slice(0, 197)}…` : sentence.plain;
      }
    }
  };
  /** The sentence with each marker turned into its number, placed before the final period. */
  const numbered = (sentence: GroundedSentence): string => {
    let text = sentence.marked;
    if (!CLAIM_MARKER.test(text) && !sentence.absence) text = `${text}${sentence.sources.map((s) => ` [^${s.id}]`).join('')}`;
    CLAIM_MARKER.lastIndex = 0;
    text = text.replace(CLAIM_MARKER, (_, id: string) => {
      const source = sentence.sources.find((s) => s.id === id);
      return source ? ` [${numberOf(source)}]` : '';
    });
    // A removed marker can leave a space before a comma; French keeps its space before « : » and « ; ».
    text = text.replace(/(\[\d+\])(\s\1)+/g, '$1').replace(/\s+,/g, ',');
    text = text.replace(/([.!?…])((?:\s\[\d+\])+)\s*$/, '$2$1');
    withExcerpt(sentence);
    return text.trim();
  };
  const cites = (sentence: GroundedSentence) => sentence.sources.map((s) => ` [${numberOf(s)}]`).join('');
  /**
   * An English line around a French sentence: who says it, then the quote. A sentence that already
   * names its source in a « Selon X, » opening loses that opening; one that names it otherwise is
   * quoted as is. A statement of the sources' silence is said in English, the French original quoted.
   */
  const framedEnglish = (s: GroundedSentence) => {
    withExcerpt(s);
    if (s.absence) return `the sources I have do not give this information: « ${s.plain} »`;
    const opening = SOURCE_OPENING.exec(s.plain);
    if (opening) return `according to ${attributions(s.sources, 'en')}: « ${capitalize(s.plain.slice(opening[0].length))} »${cites(s)}`;
    if (s.sources.some((source) => namesSourceByName(s.plain, source))) return `« ${s.plain} »${cites(s)}`;
    return `according to ${attributions(s.sources, 'en')}: « ${s.plain} »${cites(s)}`;
  };
  const quoted = (s: GroundedSentence) => {
    if (language === 'en') return framedEnglish(s);
    return s.sources.some((source) => namesItsSource(s.plain, source)) ? numbered(s) : `selon ${attributions(s.sources, 'fr')} : ${numbered(s)}`;
  };

  /** The text of one part (or of the whole answer), or null when nothing citable matched. */
  const body = (query: string, hits: readonly PassageHit[], words: number): { text: string; disputed: boolean } | null => {
    const top = hits[0];
    if (!top) return null;
    const candidates = hits
      .slice(0, 5)
      .flatMap((hit, rank) => (rank === 0 || hit.coverage >= 0.6 * top.coverage ? groundedSentences(hit, rank) : []));
    if (candidates.length === 0) return null;
    const scoredAll = scoreSentences(query, candidates, audienceOf(query), kind);
    const { nouns } = scoredAll;
    // A statement that the sources are silent is an answer only about the asked subject: « aucun
    // troisième AMI » does not answer « combien de centres sont ouverts aujourd'hui ? ».
    const scored = scoredAll.scored.filter((s) => !s.sentence.absence || s.subject >= ABSENCE_SUBJECT);
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    // Nothing retrieved is about the asked subject: say so rather than quote something else.
    if (!best || best.subject === 0) return null;

    if (kind) {
      const { exact, approximate } = findVersions(scored, kind, nouns, asked === 'other' ? questionKind(query) : asked);
      if (exact.length >= 2) {
        // Plan within the word budget first (numbering a sentence assigns its citation numbers).
        const versions = [...exact, ...approximate].slice(0, 4);
        const plan: Scored[][] = [];
        // Disagreements get a larger budget: every version must be shown.
        const budget = Math.max(words, Math.round(words * 1.25));
        let used = 8;
        versions.forEach((version, i) => {
          const [lead, ...rest] = version.members;
          const w = wordCount(lead!.sentence.plain) + 4;
          if (i >= 2 && used + w > budget) return;
          const line = [lead!];
          used += w;
          // Other sources giving the same figure, when they add a source and the budget allows.
          const seen = new Set(lead!.sentence.sources.map((s) => s.url));
          for (const other of rest) {
            if (line.length >= 3 || other.sentence.sources.every((s) => seen.has(s.url))) continue;
            const extra = wordCount(other.sentence.plain) + 3;
            // Keep room for one line per remaining version.
            if (used + extra + 25 * (versions.length - i - 1) > budget) continue;
            line.push(other);
            for (const s of other.sentence.sources) seen.add(s.url);
            used += extra;
          }
          plan.push(line);
        });
        const lines = plan.map((line) => {
          const [lead, ...rest] = line;
          const parts = [quoted(lead!.sentence), ...rest.map((o) => (language === 'en' ? `also ${quoted(o.sentence)}` : numbered(o.sentence)))];
          return `- ${capitalize(parts.join(language === 'en' ? '; ' : ' '))}`;
        });
        const head = language === 'en' ? 'The sources disagree on this point:' : 'Les sources ne concordent pas sur ce point :';
        return { text: `${head}\n${lines.join('\n')}`, disputed: true };
      }
    }

    const chosen: Scored[] = [best];
    let used = wordCount(best.sentence.plain);
    const chosenFigures = kind ? [figuresOf(best.sentence.plain, kind, nouns)] : [];
    const agreeing: Scored[] = [];
    // Silence is never the whole answer when a source says something on the asked subject.
    const positive = best.sentence.absence
      ? scored.find((o) => !o.sentence.absence && !o.offPoint && o.subject >= ABSENCE_SUBJECT && o.matched.size > 0)
      : undefined;
    if (positive) {
      chosen.push(positive);
      used += wordCount(positive.sentence.plain);
      if (kind) chosenFigures.push(figuresOf(positive.sentence.plain, kind, nouns));
    }
    // Further sentences stay on the best one's subject: its own section, or as much of the question.
    const sameSubject = (o: Scored) =>
      o.sentence.hit.passageId === best.sentence.hit.passageId || o.subject + 1e-9 >= Math.max(0.5, 0.7 * best.subject);
    for (const other of scored.slice(1)) {
      if (chosen.includes(other)) continue;
      if (chosen.length >= maxSentences || other.score < 0.6 * best.score || other.matched.size === 0 || other.offPoint) continue;
      if (!sameSubject(other)) continue;
      // « Combien… », « Quand… »: from another section, only a sentence that gives a figure.
      if (kind && !chosen.some((c) => c.sentence.hit.passageId === other.sentence.hit.passageId) && !other.sentence.absence && !hasFigures(figuresOf(other.sentence.plain, kind, nouns))) continue;
      const duplicate = chosen.some((c) => overlap(c.sentence.terms, other.sentence.terms) > 0.6);
      if (kind) {
        // A date or count about another call than the best sentence's is another point.
        if (best.scope.length > 0 && other.scope.length > 0 && other.scope.some((o) => !best.scope.includes(o))) continue;
        // The same figure from another source: said once, with that source's citation added below.
        const f = figuresOf(other.sentence.plain, kind, nouns);
        if (hasFigures(f) && chosenFigures.some((c) => hasFigures(c) && agree(c, f) && agree(f, c))) {
          if (HEDGED.test(fold(other.sentence.plain))) continue;
          if (other.sentence.sources.length > 0 && onSamePoint(other, best, asked === 'other' ? questionKind(query) : asked)) {
            agreeing.push(other);
            continue;
          }
        }
        if (duplicate) continue;
        chosenFigures.push(f);
      }
      if (duplicate) continue;
      const w = wordCount(other.sentence.plain) + (language === 'en' ? 6 : 0);
      if (used + w > words) continue;
      chosen.push(other);
      used += w;
    }
    chosen.sort((a, b) => a.sentence.rank - b.sentence.rank || a.sentence.position - b.sentence.position);
    // A count over the whole network comes after the programme's, said to be the network's.
    const network = kind === 'count' ? scored.find((o) => o.network && o.matched.size > 0 && o.subject >= ABSENCE_SUBJECT && !o.sentence.absence) : undefined;
    const label = (s: Scored, line: string) =>
      s.network ? `${language === 'en' ? 'For the whole Cnam network (not only the programme): ' : "Pour l'ensemble du réseau du Cnam (pas seulement le programme) : "}${uncapitalize(line)}` : line;
    let text =
      language === 'en'
        ? chosen.map((s) => label(s, capitalize(framedEnglish(s.sentence)))).join('\n')
        : chosen.map((s) => label(s, numbered(s.sentence))).join(' ');
    const cited = new Set(chosen.flatMap((c) => c.sentence.sources.map((s) => s.url)));
    const also = agreeing.flatMap((a) => a.sentence.sources).filter((s) => !cited.has(s.url) && (cited.add(s.url), true));
    if (also.length > 0) {
      for (const a of agreeing) withExcerpt(a.sentence);
      const names = also.map((s) => `${attribution(s, language)} [${numberOf(s)}]`).join(', ');
      const what = kind === 'date' ? (language === 'en' ? 'Same date' : 'Même date') : language === 'en' ? 'Same figure' : 'Même chiffre';
      text += `${language === 'en' ? '\n' : ' '}${what} ${language === 'en' ? 'according to' : 'selon'} ${names}.`;
    }
    if (network && !chosen.includes(network)) {
      const line = label(network, language === 'en' ? framedEnglish(network.sentence) : numbered(network.sentence));
      text += `${language === 'en' ? '\n' : ' '}${line}`;
    }
    return { text, disputed: false };
  };

  let text: string;
  if (parts) {
    const sections: string[] = [];
    const share = Math.round((maxWords * 1.4) / parts.length);
    for (const part of parts) {
      const b = body(part.query, part.hits, share);
      if (b) sections.push(`${part.label} :\n${b.text}`);
    }
    if (sections.length === 0) return null;
    const intro = language === 'en' ? 'The answer depends on the call:' : "La réponse dépend de l'appel :";
    text = `${intro}\n${sections.join('\n')}`;
  } else {
    const b = body(input.query, input.hits, maxWords);
    if (!b) return null;
    text = b.text;
  }
  if (language === 'en') text += '\n(The sources are in French.)';

  return {
    question: input.question,
    kind: 'knowledge',
    text,
    confidence: input.confidence,
    citations,
    suggestions: suggestionsFrom(parts ? parts.flatMap((p) => p.hits) : input.hits, input.question),
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uncapitalize = (s: string) => (/^[A-ZÀ-Ý][a-zà-ÿ']/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** « Selon Entreprise & Carrières (janvier 2020), »: an opening that names who says it. */
const SOURCE_OPENING = /^(?:selon|d'après|d’après)\s+[^,:;]{2,80}?(?:\([^)]*\))?\s*[,:]\s*/i;

/** Share of the question's content concepts an absence statement must be about. */
const ABSENCE_SUBJECT = 0.5;

function figureKindOf(kind: QuestionKind): FigureKind | null {
  return kind === 'when' ? 'date' : kind === 'count' ? 'count' : null;
}


/** Up to three other section headings of the retrieved documents: questions the knowledge can answer next. */
function suggestionsFrom(hits: readonly PassageHit[], question: string): string[] | undefined {
  const seen = new Set(hits.slice(0, 1).map((h) => h.headingPath.at(-1)));
  const out: string[] = [];
  for (const hit of hits) {
    for (const heading of hit.relatedQuestions) {
      if (out.length >= 3) break;
      if (seen.has(heading) || heading.trim().toLowerCase() === question.trim().toLowerCase()) continue;
      if (!/\?\s*$/.test(heading)) continue;
      seen.add(heading);
      out.push(heading);
    }
  }
  return out.length >= 2 ? out : undefined;
}
