import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { analyze } from '../text/analyze-french.js';
import { Bm25Index } from './bm25-index.js';
import { createNeuralEmbeddings, type EmbeddingSettings } from './embedding-settings.js';
import { indexDataSchema } from './index-data.js';
import { INDEX_FILES, indexManifestSchema, type IndexManifest } from './index-manifest.js';
import { HybridRetriever } from './hybrid-retriever.js';
import { LocalEmbeddings, localVocabularySchema } from './local-embeddings.js';
import { passageIndexText, passageQuestions } from './passage.js';

/** A loaded index, ready to search. */
export interface LoadedIndex {
  manifest: IndexManifest;
  retriever: HybridRetriever;
}

/** Reads `manifest.json` of an index folder; null when there is none (or it is unreadable). */
export async function readManifest(directory: string): Promise<IndexManifest | null> {
  try {
    const parsed = indexManifestSchema.safeParse(JSON.parse(await readFile(path.join(directory, INDEX_FILES.manifest), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Loads a built index: passages, the saved embedding vocabulary (local) or the neural client,
 * the HNSWLib vectors, and a BM25 index rebuilt in memory from the passages.
 * @throws Error saying to run `npm run ingest` when the folder holds no index.
 */
export async function loadIndex(
  directory: string,
  settings: EmbeddingSettings,
  neuralEmbeddings?: Embeddings,
): Promise<LoadedIndex> {
  const manifest = await readManifest(directory);
  if (!manifest) throw new Error(`No search index in ${directory}: run \`npm run ingest\` to build it.`);
  const data = indexDataSchema.parse(JSON.parse(await readFile(path.join(directory, INDEX_FILES.passages), 'utf8')));
  const embeddings: Embeddings =
    manifest.embeddings.provider === 'local'
      ? new LocalEmbeddings(
          localVocabularySchema.parse(JSON.parse(await readFile(path.join(directory, INDEX_FILES.vocabulary), 'utf8'))),
        )
      : (neuralEmbeddings ?? createNeuralEmbeddings(settings));
  const store = await HNSWLib.load(path.join(directory, INDEX_FILES.vectors), embeddings);
  const bm25 = new Bm25Index(data.passages.map((p) => analyze(passageIndexText(p))));
  const questions = new Bm25Index(data.passages.map((p) => analyze(passageQuestions(p).join('\n'))));
  return { manifest, retriever: new HybridRetriever({ data, bm25, questions, vectors: store.index, embeddings }) };
}
