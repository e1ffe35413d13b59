import { analyze, analyzeTerms } from '../text/analyze-french.js';
import { CLAIM_MARKER } from '../text/claim-markers.js';
import { fold } from '../text/fold.js';
import { formatSourceDate } from '../text/format-source-date.js';
import type { Answer, Citation } from './answer.js';
import type { Language } from './ask-context.js';
import { groundedSentences, type GroundedSentence } from './grounded-sentence.js';
import type { PassageHit, PassageSource } from './passage-retriever.js';

export interface GroundedAnswerInput {
  /** The question as the user typed it. */
  question: string;
  /** The search query (the question, completed by the conversation for a follow-up). */
  query: string;
  language: Language;
  /** Retrieved passages, best first. */
  hits: readonly PassageHit[];
  confidence: number;
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
}

/** Figures and month names: what differs when two sources disagree on a count or a date. */
const FIGURE = /\d+(?:[.,]\d+)?|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/g;
/** Share of the smaller term set found in the other: near-duplicate sentences score high. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 1;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  return shared / small.size;
}

const wordsOnly = (terms: ReadonlySet<string>) => new Set([...terms].filter((t) => !/\d/.test(t)));

/** Ordinal terms: a sentence about « le deuxième » does not answer a question about « le premier ». */
const ORDINALS = new Set(['premi', 'deuxiem', 'troisiem']);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function numbersOf(text: string): Set<string> {
  return new Set(fold(text).match(FIGURE) ?? []);
}

/**
 * Scores sentences by the query concepts they contain, weighted by how rare each is among candidates.
 * A concept found only in the sentence's section heading (a question) counts a little less.
 */
function scoreSentences(query: string, candidates: readonly GroundedSentence[]): Scored[] {
  const concepts = analyzeTerms(query);
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
    return df === 0 ? 0 : Math.log(1 + candidates.length / df);
  });
  const maxIdf = Math.max(1, ...idf);
  const wantedOrdinals = new Set(concepts.flatMap((c) => c.alternatives).filter((t) => ORDINALS.has(t)));
  return candidates.map((sentence, i) => {
    const { inSentence, inHeading } = matches[i]!;
    let score = 0;
    if (wantedOrdinals.size > 0) {
      const context = new Set([...sentence.terms, ...headingOf(sentence.hit)]);
      const other = [...ORDINALS].some((o) => !wantedOrdinals.has(o) && context.has(o));
      const same = [...wantedOrdinals].some((o) => context.has(o));
      if (other && !same) score -= maxIdf;
    }
    for (const c of inSentence) score += idf[c]!;
    for (const c of inHeading) score += 0.8 * idf[c]!;
    const relevance = score;
    if (sentence.position === 0) score += 0.3 * maxIdf;
    if (sentence.rank === 0) score += 0.3 * maxIdf;
    score -= 0.05 * sentence.position;
    return { sentence, score, relevance, matched: new Set([...inSentence, ...inHeading]) };
  });
}

/**
 * Sentences that state other figures or dates than `best`, from other sources, on the same point
 * (at most `max`, each differing from the ones before).
 */
function findDisagreements(best: Scored, others: readonly Scored[], max: number): Scored[] {
  const found: Scored[] = [];
  for (const other of others) {
    if (found.length >= max) break;
    if ([best, ...found].every((kept) => disagrees(kept, other, best))) found.push(other);
  }
  return found;
}

/** Whether `other` gives another figure or date than `kept`, from other sources, on `best`'s point. */
function disagrees(kept: Scored, other: Scored, best: Scored): boolean {
  const bestNumbers = numbersOf(kept.sentence.plain);
  if (bestNumbers.size === 0) return false;
  const bestUrls = new Set(kept.sentence.sources.map((s) => s.url));
  if (bestUrls.size === 0) return false;
  {
    if (other === kept || other.relevance < 0.8 * best.relevance || other.sentence.sources.length === 0) return false;
    if (other.sentence.sources.some((s) => bestUrls.has(s.url))) return false;
    const numbers = numbersOf(other.sentence.plain);
    // A replacement, not an addition: « 20 janvier 2020 et jusqu'en septembre » does not contradict « 20 janvier 2020 ».
    if (numbers.size === 0 || [...numbers].every((n) => bestNumbers.has(n)) || [...bestNumbers].every((n) => numbers.has(n))) return false;
    if ([...best.matched].some((c) => !other.matched.has(c))) return false;
    return overlap(wordsOnly(kept.sentence.terms), wordsOnly(other.sentence.terms)) >= 0.35;
  }
}

/** Who says it: « Localtis (janvier 2020) ». */
function attribution(source: PassageSource | undefined, language: Language): string {
  if (!source) return language === 'fr' ? 'les sources consultées' : 'the sources consulted';
  const who = source.publisher ?? source.title;
  return source.date ? `${who} (${formatSourceDate(source.date, language)})` : who;
}

/**
 * Composes an extractive answer without any language model: the most relevant sentences of the best
 * passages, each claim followed by its citation number, the citations numbered 1..N in order of
 * appearance. When two good sentences from different sources give different figures or dates, both
 * are shown side by side with who says what and when. English questions get English framing around
 * the French sentences. Returns null when no retrieved sentence is citable.
 */
export function composeGroundedAnswer(input: GroundedAnswerInput, options: ComposeOptions = {}): Answer | null {
  const maxWords = options.maxWords ?? 120;
  const maxSentences = options.maxSentences ?? 4;
  const { hits, language } = input;
  const top = hits[0];
  if (!top) return null;
  const candidates = hits
    .slice(0, 3)
    .flatMap((hit, rank) => (rank === 0 || hit.coverage >= 0.6 * top.coverage ? groundedSentences(hit, rank) : []));
  if (candidates.length === 0) return null;
  const scored = scoreSentences(input.query, candidates).sort((a, b) => b.score - a.score);
  const best = scored[0]!;

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
    text = text.replace(/(\[\d+\])(\s\1)+/g, '$1').replace(/\s+([,;:])/g, '$1');
    text = text.replace(/([.!?…])((?:\s\[\d+\])+)\s*$/, '$2$1');
    withExcerpt(sentence);
    return text.trim();
  };
  const cites = (sentence: GroundedSentence) => sentence.sources.map((s) => ` [${numberOf(s)}]`).join('');
  const unquoted = (sentence: GroundedSentence) => {
    withExcerpt(sentence);
    return sentence.plain;
  };

  const disagreements = findDisagreements(best, scored, 2);
  let text: string;
  if (disagreements.length > 0) {
    const pair = [best.sentence, ...disagreements.map((d) => d.sentence)];
    if (language === 'en') {
      const lines = pair.map((s) => `- according to ${attribution(s.sources[0], 'en')}: « ${unquoted(s)} »${cites(s)}`);
      text = `The sources disagree on this point:\n${lines.join('\n')}\n(The sources are in French.)`;
    } else {
      const lines = pair.map((s) =>
        /^(selon|d'apres|d’après|d'après)\b/i.test(s.plain) ? `- ${numbered(s)}` : `- selon ${attribution(s.sources[0], 'fr')} : ${numbered(s)}`,
      );
      text = `Les sources ne concordent pas sur ce point :\n${lines.join('\n')}`;
    }
  } else {
    const chosen: GroundedSentence[] = [best.sentence];
    let words = wordCount(best.sentence.plain);
    for (const other of scored.slice(1)) {
      if (chosen.length >= maxSentences || other.score < 0.6 * best.score || other.matched.size === 0) continue;
      if (chosen.some((c) => overlap(c.terms, other.sentence.terms) > 0.6)) continue;
      const w = wordCount(other.sentence.plain) + (language === 'en' ? 6 : 0);
      if (words + w > maxWords) continue;
      chosen.push(other.sentence);
      words += w;
    }
    chosen.sort((a, b) => a.rank - b.rank || a.position - b.position);
    if (language === 'en') {
      const parts = chosen.map((s) => `According to ${attribution(s.sources[0], 'en')}: « ${unquoted(s)} »${cites(s)}`);
      text = `${parts.join('\n')}\n(The sources are in French.)`;
    } else {
      text = chosen.map(numbered).join(' ');
    }
  }

  return {
    question: input.question,
    kind: 'knowledge',
    text,
    confidence: input.confidence,
    citations,
    suggestions: suggestionsFrom(hits, input.question),
  };
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
