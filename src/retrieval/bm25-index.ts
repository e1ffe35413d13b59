import type { QueryTerm } from '../text/analyze-french.js';
import { boundedEditDistance } from './edit-distance.js';

/** Spelling corrections remembered at most (a few hundred kB). */
const MAX_CORRECTIONS = 10_000;

/** BM25 parameters (Robertson's defaults). */
export interface Bm25Options {
  k1?: number;
  b?: number;
}

/** One scored passage of a BM25 search. */
export interface Bm25Hit {
  /** Ordinal of the passage in the indexed list. */
  index: number;
  score: number;
  /** IDF-weighted share (0..1) of the query's concepts found in the passage. */
  coverage: number;
}

interface ResolvedTerm {
  ids: number[];
  weight: number;
  /** Concept found only through a spelling correction: counts less towards coverage. */
  fuzzy: boolean;
  /** The concept's own weight (time words count little). */
  scale: number;
}

/** Most concepts a query may carry (one bit each in the coverage mask). */
const MAX_CONCEPTS = 30;

/**
 * An inverted-index BM25 over pre-analyzed passages. Built once; a search touches only the postings
 * of the query's terms and reuses its score buffers, so its cost does not grow with the corpus size
 * beyond those postings. Unknown query words are corrected to the nearest indexed term (edit distance
 * 1, or 2 for long words) before scoring: « candidtaure » still finds « candidature ».
 */
export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: Array<{ docs: number[]; tfs: number[] }> = [];
  private readonly idf: Float64Array;
  private readonly docLength: Float64Array;
  private readonly byLength = new Map<number, number[]>();
  private readonly scores: Float64Array;
  private readonly masks: Int32Array;
  private readonly k1: number;
  private readonly b: number;
  private readonly avgLength: number;

  /** @param passages index terms of each passage (see `analyze`). */
  constructor(passages: readonly (readonly string[])[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    const n = passages.length;
    this.docLength = new Float64Array(n);
    let total = 0;
    passages.forEach((terms, doc) => {
      this.docLength[doc] = terms.length;
      total += terms.length;
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(term, id);
          this.terms.push(term);
          this.postings.push({ docs: [], tfs: [] });
          const bucket = this.byLength.get(term.length) ?? [];
          bucket.push(id);
          this.byLength.set(term.length, bucket);
        }
        const posting = this.postings[id]!;
        posting.docs.push(doc);
        posting.tfs.push(tf);
      }
    });
    this.avgLength = n > 0 ? total / n : 1;
    this.idf = new Float64Array(this.terms.length);
    this.postings.forEach((p, id) => (this.idf[id] = this.idfOf(p.docs.length)));
    this.scores = new Float64Array(n);
    this.masks = new Int32Array(n);
  }

  /** Number of indexed passages. */
  get size(): number {
    return this.docLength.length;
  }

  /** IDF of an index term; a term the corpus never uses weighs the most. */
  weightOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? this.idfOf(0) : this.idf[id]!;
  }

  /** Whether `term` occurs in at least one passage. */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  private idfOf(df: number): number {
    const n = this.docLength.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Nearest indexed term within the edit budget, preferring the most frequent; null if none. */
  correct(term: string): string | null {
    if (term.length < 4 || /\d/.test(term)) return null;
    const known = this.corrections.get(term);
    if (known !== undefined) return known;
    if (this.corrections.size >= MAX_CORRECTIONS) this.corrections.clear();
    const corrected = this.nearestTerm(term);
    this.corrections.set(term, corrected);
    return corrected;
  }

  /** Corrections already looked up (unknown words come back: « capitale », « météo »), bounded by {@link MAX_CORRECTIONS}. */
  private readonly corrections = new Map<string, string | null>();

  private nearestTerm(term: string): string | null {
    const max = term.length >= 8 ? 2 : 1;
    let best: number | null = null;
    let bestDistance = max + 1;
    for (let len = term.length - max; len <= term.length + max; len += 1) {
      for (const id of this.byLength.get(len) ?? []) {
        const candidate = this.terms[id]!;
        if (candidate.charCodeAt(0) !== term.charCodeAt(0) && candidate.charCodeAt(1) !== term.charCodeAt(1)) continue;
        const d = boundedEditDistance(term, candidate, max);
        if (d < bestDistance || (d === bestDistance && best !== null && this.idf[id]! < this.idf[best]!)) {
          best = id;
          bestDistance = d;
        }
      }
    }
    return best === null ? null : this.terms[best]!;
  }

  /**
   * The query's concepts as index terms. A hybrid search resolves one query for its lexical hits and again for each
   * passage found by the vectors only ({@link coverageOf}): the resolution, spelling corrections included, is kept
   * for the query it was made for.
   */
  private resolve(query: readonly QueryTerm[]): ResolvedTerm[] {
    let resolved = this.resolved.get(query);
    if (!resolved) {
      resolved = this.resolveAnew(query);
      this.resolved.set(query, resolved);
    }
    return resolved;
  }

  private readonly resolved = new WeakMap<readonly QueryTerm[], ResolvedTerm[]>();

  private resolveAnew(query: readonly QueryTerm[]): ResolvedTerm[] {
    // A word the corpus never uses weighs half the rarest word (chosen on the dev sets): "gap year" does not drown
    // « courses followed remotely », and out-of-scope questions still fall below the threshold.
    const unknownWeight = this.idfOf(0) * 0.5;
    return query.slice(0, MAX_CONCEPTS).map((concept) => {
      const ids: number[] = [];
      let fuzzy = false;
      for (const alternative of concept.alternatives) {
        const id = this.termIds.get(alternative);
        if (id !== undefined) ids.push(id);
      }
      if (ids.length === 0) {
        // « lami », « dinteret »: an elision typed without its apostrophe.
        const first = concept.alternatives[0]!;
        const bare = /^[ldjmnst][aeiouyh]/.test(first) ? this.termIds.get(first.slice(1)) : undefined;
        if (bare !== undefined) ids.push(bare);
      }
      // "inaugurated", "organised", "installed": an English form of a French word the corpus uses finds it too (the
      // English versions of some sections use the English word; the French text of the others, the French one).
      const cognate = englishCognate(concept.alternatives[0]!, (term) => this.termIds.has(term));
      if (cognate !== null) ids.push(this.termIds.get(cognate)!);
      if (ids.length === 0) {
        const fixed = this.correct(concept.alternatives[0]!);
        if (fixed !== null) {
          ids.push(this.termIds.get(fixed)!);
          fuzzy = true;
        }
      }
      // A concept weighs what its most common form weighs; one the corpus never uses weighs the most.
      const weight = (ids.length > 0 ? Math.min(...ids.map((id) => this.idf[id]!)) : unknownWeight) * (concept.weight ?? 1);
      return { ids: [...new Set(ids)], weight, fuzzy, scale: concept.weight ?? 1 };
    });
  }

  /** The `k` best passages for the analyzed query, best first, with their concept coverage. */
  search(query: readonly QueryTerm[], k: number): Bm25Hit[] {
    const concepts = this.resolve(query);
    const touched: number[] = [];
    const { scores, masks, docLength, k1, b, avgLength } = this;
    concepts.forEach((concept, c) => {
      const bit = 1 << c;
      for (const id of concept.ids) {
        const { docs, tfs } = this.postings[id]!;
        const idf = this.idf[id]! * concept.scale;
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i]!;
          const tf = tfs[i]!;
          if (masks[doc] === 0) touched.push(doc);
          scores[doc]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * docLength[doc]!) / avgLength));
          masks[doc]! |= bit;
        }
      }
    });
    const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
    const best = topK(touched, scores, k);
    const hits = best.map((index) => {
      let covered = 0;
      concepts.forEach((c, i) => {
        if (masks[index]! & (1 << i)) covered += c.fuzzy ? c.weight * 0.6 : c.weight;
      });
      return { index, score: scores[index]!, coverage: totalWeight > 0 ? covered / totalWeight : 0 };
    });
    for (const doc of touched) {
      scores[doc] = 0;
      masks[doc] = 0;
    }
    return hits;
  }

  /** Coverage of the query by one passage (for passages found by the vector search only). */
  coverageOf(query: readonly QueryTerm[], index: number): number {
    const concepts = this.resolve(query);
    let covered = 0;
    let total = 0;
    for (const c of concepts) {
      total += c.weight;
      if (c.ids.some((id) => sortedIncludes(this.postings[id]!.docs, index))) covered += c.fuzzy ? c.weight * 0.6 : c.weight;
    }
    return total > 0 ? covered / total : 0;
  }
}

/** Indices of the `k` highest scores among `candidates`, best first (ties: lower index first). */
function topK(candidates: readonly number[], scores: Float64Array, k: number): number[] {
  // Min-heap on (score, -index): the root is the worst kept candidate.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const c of candidates) {
    if (heap.length < k) {
      heap.push(c);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (k > 0 && worse(heap[0]!, c)) {
      heap[0] = c;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** Binary search in an ascending array (postings are built in passage order). */
function sortedIncludes(values: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** English endings, and what the French stem keeps of them: "inaugurated" → `inaugur`, "organised" → `organis`. */
const ENGLISH_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ations', ''], ['ation', ''], ['ated', ''], ['ised', 'is'], ['ized', 'is'], ['ed', ''], ['ing', ''],
];

/** The indexed French stem an English word is a cognate of, or null: its ending off, five letters at least left. */
export function englishCognate(word: string, indexed: (term: string) => boolean): string | null {
  for (const [ending, kept] of ENGLISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length) + kept;
    if (stem.length >= 5 && indexed(stem)) return stem;
  }
  return null;
}
