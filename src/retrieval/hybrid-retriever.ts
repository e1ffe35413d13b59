import type { Embeddings } from '@langchain/core/embeddings';
import type { HierarchicalNSW } from 'hnswlib-node';
import type { PassageHit, PassageRetriever } from '../core/passage-retriever.js';
import { analyzeTerms } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { expandConcepts } from '../text/query-expansion.js';
import { questionKind } from '../text/question-kind.js';
import { weighTimeWords } from '../text/time-words.js';
import type { Bm25Index } from './bm25-index.js';
import type { IndexData } from './index-data.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

/** Fused candidates reranked by coverage and similarity. */
const RERANK_DEPTH = 12;

export interface HybridRetrieverOptions {
  data: IndexData;
  bm25: Bm25Index;
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

  constructor(private readonly options: HybridRetrieverOptions) {
    this.depth = options.depth ?? 40;
    this.weights = options.weights ?? { bm25: 1, vector: 1 };
    options.vectors.setEf(Math.max(64, this.depth));
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
    const terms = weighTimeWords(expandConcepts(analyzeTerms(query)));
    const wanted = ordinalsOf(terms.flatMap((t) => t.alternatives));
    const kind = questionKind(query);
    const depth = Math.min(Math.max(this.depth, k), n);
    const lexical = bm25.search(terms, depth);
    const vector = await this.embed(query);
    const isZero = vector.every((v) => v === 0);
    const knn = isZero ? { neighbors: [], distances: [] } : vectors.searchKnn(vector, depth);
    const fused = reciprocalRankFusion([
      { ids: lexical.map((h) => h.index), weight: this.weights.bm25 },
      { ids: knn.neighbors, weight: this.weights.vector },
    ]).slice(0, Math.max(k, RERANK_DEPTH));
    const bestFused = fused[0]?.score ?? 1;
    const candidates = fused.map(({ id, score }) => {
      const lexicalHit = lexical.find((h) => h.index === id);
      const at = knn.neighbors.indexOf(id);
      const raw = at >= 0 ? 1 - knn.distances[at]! : isZero ? 0 : cosine(vector, vectors.getPoint(id));
      const similarity = Math.max(0, Math.min(1, raw));
      const coverage = lexicalHit ? lexicalHit.coverage : bm25.coverageOf(terms, id);
      // Rerank the fused candidates: rank fusion finds them, concept coverage and similarity order them.
      let rerank = 0.45 * coverage + 0.25 * Math.min(1, similarity / 0.5) + 0.3 * (score / bestFused);
      const passage = data.passages[id]!;
      const heading = passage.headingPath.at(-1) ?? '';
      // A section about another call (« le premier AMI » when « le deuxième » is asked) ranks lower.
      if (wanted.size > 0) {
        const has = ordinalsOf(fold(`${passage.headingPath.join(' ')} ${passage.text}`).split(/[^a-z0-9]+/));
        if (has.size > 0 && ![...wanted].some((o) => has.has(o))) rerank -= 0.15;
      }
      // A section whose heading asks the same kind of question (« Qui… » for "Who…", « Comment… »).
      if (kind !== 'other' && /\?\s*$/.test(heading) && questionKind(heading) === kind) rerank += 0.04;
      const documentId = data.documents[passage.document]!.id;
      return { id, score: rerank, coverage, similarity, topic: documentId.startsWith('docs/topics/') };
    });
    // Topic sheets gather every source's version of a point: when one covers the query as well as a
    // per-source summary, it comes first.
    const bestCoverage = Math.max(0, ...candidates.map((c) => c.coverage));
    for (const c of candidates) if (c.topic && c.coverage >= 0.9 * bestCoverage) c.score += 0.08;
    candidates.sort((a, b) => b.score - a.score);
    return candidates.slice(0, k).map(({ id, score, coverage, similarity }) => {
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
