import { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';
import { embeddingFeatures } from './embedding-features.js';

/** The fitted vocabulary of {@link LocalEmbeddings}, saved next to the index. */
export const localVocabularySchema = z.object({
  kind: z.literal('local-tfidf-hash'),
  version: z.literal(1),
  dimensions: z.number().int().positive(),
  documents: z.number().int().nonnegative(),
  /** `[feature, idf]` pairs, sorted by feature. */
  features: z.array(z.tuple([z.string(), z.number()])),
});
export type LocalVocabulary = z.infer<typeof localVocabularySchema>;

/** Weight of a word feature relative to one character n-gram (a word yields several n-grams). */
const WORD_WEIGHT = 2.5;

/** Default vector size: small enough for 100,000 passages in memory, large enough to keep collisions rare. */
export const LOCAL_DIMENSIONS = 512;

function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i += 1) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Offline embeddings built for French: TF-IDF weighted word and character n-gram features
 * (see {@link embeddingFeatures}) hashed into a fixed-size, L2-normalised vector. The IDF
 * vocabulary is fitted on the corpus at ingest ({@link LocalEmbeddings.fit}) and saved with the
 * index; features the corpus never had are ignored. Same input, same vector, on every machine.
 */
export class LocalEmbeddings extends Embeddings {
  private readonly idf: Map<string, number>;
  private readonly slot = new Map<string, number>();

  constructor(readonly vocabulary: LocalVocabulary) {
    super({});
    this.idf = new Map(vocabulary.features);
    for (const feature of this.idf.keys()) this.slot.set(feature, hash(feature));
  }

  /**
   * Fits the IDF vocabulary on `texts`. On large corpora, features seen in a single text are dropped
   * and at most `maxFeatures` of the most frequent are kept, so the vocabulary loads fast.
   */
  static fit(texts: readonly string[], options: { dimensions?: number; maxFeatures?: number } = {}): LocalEmbeddings {
    const df = new Map<string, number>();
    for (const text of texts) for (const f of embeddingFeatures(text).keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = texts.length;
    const minDf = n > 5000 ? 2 : 1;
    let entries = [...df].filter(([, d]) => d >= minDf);
    const max = options.maxFeatures ?? 300_000;
    if (entries.length > max) entries = entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
    const features = entries
      .map(([f, d]): [string, number] => [f, Math.log((n + 1) / (d + 1)) + 1])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return new LocalEmbeddings({
      kind: 'local-tfidf-hash',
      version: 1,
      dimensions: options.dimensions ?? LOCAL_DIMENSIONS,
      documents: n,
      features,
    });
  }

  get dimensions(): number {
    return this.vocabulary.dimensions;
  }

  /** The embedding of one text, synchronously (the async methods wrap this). */
  embed(text: string): number[] {
    const dims = this.vocabulary.dimensions;
    const vector = new Array<number>(dims).fill(0);
    for (const [feature, count] of embeddingFeatures(text)) {
      const idf = this.idf.get(feature);
      if (idf === undefined) continue;
      const h = this.slot.get(feature)!;
      const weight = (1 + Math.log(count)) * idf * (feature.startsWith('w:') ? WORD_WEIGHT : 1);
      vector[h % dims]! += h & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < dims; i += 1) vector[i] = vector[i]! / norm;
    return vector;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embed(d));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }
}
