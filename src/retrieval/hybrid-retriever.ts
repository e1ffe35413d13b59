import type { Embeddings } from '@langchain/core/embeddings';
import type { HierarchicalNSW } from 'hnswlib-node';
import type { PassageHit, PassageRetriever } from '../core/passage-retriever.js';
import { analyze, analyzeTerms, type QueryTerm } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { expandConcepts } from '../text/query-expansion.js';
import { questionKind, type QuestionKind } from '../text/question-kind.js';
import { weighQueryWords } from '../text/time-words.js';
import type { Bm25Index } from './bm25-index.js';
import type { IndexData } from './index-data.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { passageQuestions } from './passage.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

/** Fused candidates reranked by coverage and similarity. */
/** Rerank bonus for a section whose question is of the asked kind (who, when, how many, why…); chosen on the dev sets. */
const KIND_BONUS = 0.25;
const RERANK_DEPTH = 12;

export interface HybridRetrieverOptions {
  data: IndexData;
  bm25: Bm25Index;
  /** BM25 over each passage's questions only (heading, alternates, their English versions). */
  questions: Bm25Index;
  /** The HNSW graph of the passage vectors (labels are passage ordinals). */
  vectors: HierarchicalNSW;
  embeddings: Embeddings;
  /** Candidates taken from each ranking before fusion. */
  depth?: number;
  /** Weights of the BM25 and vector rankings in the fusion. */
  weights?: { bm25: number; vector: number };
}

/**
 * Hybrid search: BM25 with the French analyzer and HNSW vector search, fused by reciprocal rank
 * fusion. Each hit carries its concept coverage and cosine similarity, from which the core derives
 * its confidence.
 */
export class HybridRetriever implements PassageRetriever {
  private readonly depth: number;
  private readonly weights: { bm25: number; vector: number };
  /**
   * Each passage's questions, prepared on first use (a query looks at a dozen candidates): their index terms, what
   * they ask, and with the local embeddings their vectors. Nothing is computed for them at load.
   */
  private readonly prepared: Array<PreparedQuestions | undefined> = [];
  private readonly local: LocalEmbeddings | null;
  /** What each passage's heading asks. */
  private readonly headingKinds: readonly QuestionKind[];

  constructor(private readonly options: HybridRetrieverOptions) {
    this.depth = options.depth ?? 40;
    this.weights = options.weights ?? { bm25: 1, vector: 1 };
    options.vectors.setEf(Math.max(64, this.depth));
    this.local = options.embeddings instanceof LocalEmbeddings ? options.embeddings : null;
    this.headingKinds = options.data.passages.map((p) => questionKind(p.headingPath.at(-1) ?? ''));
  }

  /**
   * How well the query asks one of the passage's questions (0..1): for each question, the geometric mean of the
   * share of the query's concepts the question has and the share of the question's terms the query has (both
   * IDF-weighted), the best question counting. « En bref, c'est quoi Au cœur des territoires ? » asks all of « Qu'est-ce
   * que le programme Au cœur des territoires ? » even with words of its own.
   */
  private questionsOf(id: number): PreparedQuestions {
    let prepared = this.prepared[id];
    if (!prepared) {
      const questions = passageQuestions(this.options.data.passages[id]!);
      prepared = {
        terms: questions.map((q) => new Set(analyze(q))),
        kinds: questions.map((q) => questionKind(q)),
        vectors: this.local ? questions.map((q) => this.local!.embed(q)) : [],
      };
      this.prepared[id] = prepared;
    }
    return prepared;
  }

  private questionOverlap(id: number, terms: readonly QueryTerm[]): { score: number; kind: QuestionKind } {
    const { questions } = this.options;
    const asked = new Set(terms.flatMap((t) => t.alternatives));
    const conceptWeight = terms.map((t) => Math.min(...t.alternatives.map((a) => questions.weightOf(a))) * (t.weight ?? 1));
    const total = conceptWeight.reduce((a, b) => a + b, 0);
    let best = 0;
    let bestKind: QuestionKind = 'other';
    const prepared = this.questionsOf(id);
    for (const [q, question] of prepared.terms.entries()) {
      let covered = 0;
      terms.forEach((t, i) => {
        if (t.alternatives.some((a) => question.has(a))) covered += conceptWeight[i]!;
      });
      let weight = 0;
      let found = 0;
      for (const term of question) {
        const w = questions.weightOf(term);
        weight += w;
        if (asked.has(term)) found += w;
      }
      const forward = total > 0 ? covered / total : 0;
      const backward = weight > 0 ? found / weight : 0;
      const score = backward * (0.4 + 0.6 * forward);
      if (score > best) {
        best = score;
        bestKind = prepared.kinds[q]!;
      }
    }
    return { score: best, kind: bestKind };
  }

  unknownWords(query: string, exact = false): string[] {
    const { bm25 } = this.options;
    return analyzeTerms(query)
      .filter((t) => !t.alternatives.some((a) => bm25.has(a)) && (exact || bm25.correct(t.alternatives[0]!) === null))
      .map((t) => t.surface);
  }

  /** Number of indexed passages. */
  get size(): number {
    return this.options.data.passages.length;
  }

  private async embed(query: string): Promise<number[]> {
    const { embeddings } = this.options;
    return embeddings instanceof LocalEmbeddings ? embeddings.embed(query) : embeddings.embedQuery(query);
  }

  async search(query: string, k: number): Promise<PassageHit[]> {
    const { data, bm25, vectors } = this.options;
    const n = data.passages.length;
    if (n === 0 || k <= 0) return [];
    const terms = weighQueryWords(expandConcepts(analyzeTerms(query)));
    const wanted = ordinalsOf(terms.flatMap((t) => t.alternatives));
    const foldedQuery = fold(query);
    // « les lauréats de septembre 2021 »: a year names its call, against a heading that names one.
    const years = foldedQuery.match(/\b20(?:19|20|21)\b/g) ?? [];
    const yearCalls = new Set(years.map((y) => (y === '2019' ? 'premi' : 'deuxiem')));
    const kind = questionKind(query);
    const checksClaim = CHECKS_CLAIM.test(foldedQuery);
    const depth = Math.min(Math.max(this.depth, k), n);
    const lexical = bm25.search(terms, depth);
    const vector = await this.embed(query);
    const isZero = vector.every((v) => v === 0);
    const knn = isZero ? { neighbors: [], distances: [] } : vectors.searchKnn(vector, depth);
    const byQuestion = this.options.questions.search(terms, depth);
    const fused = reciprocalRankFusion([
      { ids: lexical.map((h) => h.index), weight: this.weights.bm25 },
      { ids: knn.neighbors, weight: this.weights.vector },
      { ids: byQuestion.map((h) => h.index), weight: this.weights.bm25 },
    ]).slice(0, Math.max(k, RERANK_DEPTH));
    const candidates = fused.map(({ id }) => {
      const lexicalHit = lexical.find((h) => h.index === id);
      const at = knn.neighbors.indexOf(id);
      const raw = at >= 0 ? 1 - knn.distances[at]! : isZero ? 0 : cosine(vector, vectors.getPoint(id));
      const similarity = Math.max(0, Math.min(1, raw));
      const coverage = lexicalHit ? lexicalHit.coverage : bm25.coverageOf(terms, id);
      const { score: questionCoverage, kind: matchedKind } = this.questionOverlap(id, terms);
      const questionSimilarity = isZero ? 0 : Math.max(0, ...this.questionsOf(id).vectors.map((q) => cosine(vector, q)));
      // How well the section answers: through its content, or through one of its questions — whichever is better.
      const content = 0.75 * coverage + 0.25 * clamp(similarity / 0.5);
      // Questions share their framing (« Comment… ? », « Quand… ? »): similarity counts only above that floor.
      const question = 0.65 * questionCoverage + 0.35 * clamp((questionSimilarity - 0.3) / 0.4);
      const match = clamp(Math.max(content, question) + 0.15 * Math.min(content, question));
      let rerank = Math.max(content, question) + 0.3 * Math.min(content, question);
      const passage = data.passages[id]!;
      // A section about another call (« le premier AMI » when « le deuxième » is asked) ranks lower.
      if (wanted.size > 0) {
        // The call a section is about is in its heading when the heading names one; else in its text.
        const inHeading = ordinalsOf(fold(passage.headingPath.slice(1).join(' ')).split(/[^a-z0-9]+/));
        const has = inHeading.size > 0 ? inHeading : ordinalsOf(fold(passage.text).split(/[^a-z0-9]+/));
        if (has.size > 0 && ![...wanted].some((o) => has.has(o))) rerank -= 0.3;
      } else if (yearCalls.size > 0) {
        const heading = fold(passage.headingPath.slice(1).join(' '));
        const inHeading = ordinalsOf(heading.split(/[^a-z0-9]+/));
        if (inHeading.size > 0 && ![...yearCalls].some((o) => inHeading.has(o)) && !years.some((y) => heading.includes(y))) rerank -= 0.5;
      }
      // A section that asks the same kind of question (« Pourquoi… » for « pk… ? », "When…") answers it. « Quels… »,
      // "What…" say little of the answer wanted (« quels locaux ? » is not « Quels engagements ? »): half the bonus.
      if (kind !== 'other' && (matchedKind === kind || this.headingKinds[id] === kind)) rerank += kind === 'what' ? KIND_BONUS / 2 : KIND_BONUS;
      const document = data.documents[passage.document]!;
      const documentId = document.id;
      // A per-source summary answers « selon Localtis ? »; otherwise the topic sheet, which gives every source's version, does.
      // « Localtis écrit que … C'est exact ? » checks the claim: the topic sheet, which weighs it against the others, answers.
      if (documentId.startsWith("docs/sources/")) rerank += checksClaim ? -0.3 : namesPublisher(foldedQuery, document.title) ? 0.05 : -0.15;
      return { id, score: rerank, coverage, similarity, match, questionCoverage, questionSimilarity, topic: documentId.startsWith('docs/topics/') };
    });
    // Topic sheets gather every source's version of a point: when one answers as well as a per-source summary, it comes first.
    const bestMatch = Math.max(0, ...candidates.map((c) => c.match));
    for (const c of candidates) if (c.topic && c.match >= 0.9 * bestMatch) c.score += 0.05;
    candidates.sort((a, b) => b.score - a.score);
    return candidates.slice(0, k).map(({ id, score, coverage, similarity, match, questionCoverage, questionSimilarity }) => {
      const passage = data.passages[id]!;
      const doc = data.documents[passage.document]!;
      return {
        passageId: passage.id,
        documentId: doc.id,
        documentTitle: doc.title,
        headingPath: passage.headingPath,
        text: passage.text,
        sources: doc.sources,
        score,
        coverage,
        similarity,
        match,
        questionCoverage,
        questionSimilarity,
        ...(passage.alternates ? { alternates: passage.alternates } : {}),
        ...(passage.translation ? { translation: passage.translation } : {}),
        relatedQuestions: doc.headings,
      };
    });
  }
}

/** Ordinal terms in a list of words or index terms: `premi` (1st), `deuxiem` (2nd), `troisiem` (3rd). */
function ordinalsOf(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of terms) {
    if (t === 'premi' || t === 'premier' || t === 'premiere') out.add('premi');
    else if (t === 'deuxiem' || t === 'deuxieme' || t === 'second' || t === 'seconde' || t === '2e') out.add('deuxiem');
    else if (t === 'troisiem' || t === 'troisieme') out.add('troisiem');
  }
  return out;
}

/** « C'est exact ? », « vrai ou faux », "is that right?", « pouvons-nous reprendre cette affirmation ? », « qui dit vrai ? »: the user checks what a source says. */
const CHECKS_CLAIM = /(?:[:,]\s*(?:c['\s]est\s+)?(?:exact|vrai|juste|correct|right|true)\s*\?)|\b(c['\s]est (?:exact|vrai|juste|correct)|est[-\s]ce (?:exact|vrai|juste|correct)|(?:vrai|exact) ou (?:faux|pas)|vraiment|verif\w*|is (?:that|this|it) (?:right|true|correct|accurate)|true or false|really|(?:reprendre|citer|utiliser|publier|quote|use|cite|repeat) (?:cette|cet|ce|this|that) (?:affirmation|chiffre|information|info|phrase|claim|figure|statement)|qui dit vrai|qui a raison|(?:lequel|laquelle) a raison|who is right|which (?:one )?is right)\b/;

/** Whether a query names the publisher a source summary is titled after (« Localtis, janvier 2020 : … »). */
function namesPublisher(foldedQuery: string, title: string): boolean {
  const publisher = fold(title.split(/[,(:]/)[0] ?? '');
  return publisher
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length >= 4 && w !== 'cnam')
    .some((w) => new RegExp(`\\b${w}\\b`).test(foldedQuery));
}

/** A passage's questions, ready for matching. */
interface PreparedQuestions {
  terms: ReadonlyArray<ReadonlySet<string>>;
  kinds: readonly QuestionKind[];
  vectors: readonly number[][];
}

const clamp = (x: number) => Math.max(0, Math.min(1, x));

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
