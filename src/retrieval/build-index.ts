import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { createNeuralEmbeddings, describeEmbeddings, type EmbeddingSettings } from './embedding-settings.js';
import type { IndexData } from './index-data.js';
import { INDEX_FILES, INDEX_FORMAT_VERSION, type IndexManifest } from './index-manifest.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { passageIndexText, type Passage } from './passage.js';
import { replaceDirectory } from './replace-directory.js';
import { contentHash, type SourceDocument } from './source-document.js';
import { sectionHeadings, splitIntoPassages } from './split-into-passages.js';

/** Reports build progress: `phase` is `embed` or `index`. */
export type BuildProgress = (phase: string, done: number, total: number) => void;

export interface BuildIndexOptions {
  documents: readonly SourceDocument[];
  /** Final index folder, e.g. `data/index`; written atomically. */
  directory: string;
  embeddings: EmbeddingSettings;
  /** Neural embeddings to use instead of creating them from the settings (tests). */
  neuralEmbeddings?: Embeddings;
  progress?: BuildProgress;
  /** HNSW graph parameters: M and efConstruction (defaults 16 and 100). */
  hnsw?: { m?: number; efConstruction?: number };
}

const EMBED_BATCH = 256;

/**
 * Builds the index of `documents`: section-aware passages, embeddings (the local ones fitted on this
 * corpus), an HNSWLib vector index and the manifest. Everything is written to a staging folder that
 * then replaces `directory` in one rename.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<IndexManifest> {
  const started = performance.now();
  const { directory } = options;
  // English versions are not documents of their own: each of their sections joins its French original.
  const documents = options.documents.filter((d) => !d.translates);
  const passages: Passage[] = [];
  for (const [i, doc] of documents.entries()) passages.push(...(await splitIntoPassages(doc, i)));
  await attachTranslations(options.documents, documents, passages);
  const texts = passages.map(passageIndexText);

  const described = describeEmbeddings(options.embeddings);
  let embeddings: Embeddings;
  let vocabulary: LocalEmbeddings | null = null;
  if (options.embeddings.provider === 'local') {
    vocabulary = LocalEmbeddings.fit(texts, { dimensions: described.dimensions });
    embeddings = vocabulary;
  } else {
    embeddings = options.neuralEmbeddings ?? createNeuralEmbeddings(options.embeddings);
  }
  const vectors: number[][] = [];
  for (let i = 0; i < texts.length; i += EMBED_BATCH) {
    vectors.push(...(await embeddings.embedDocuments(texts.slice(i, i + EMBED_BATCH))));
    options.progress?.('embed', vectors.length, texts.length);
  }
  const dimensions = vectors[0]?.length ?? described.dimensions ?? 1;

  const { HierarchicalNSW } = await HNSWLib.imports();
  const index = new HierarchicalNSW('cosine', dimensions);
  index.initIndex(Math.max(1, vectors.length), options.hnsw?.m ?? 16, options.hnsw?.efConstruction ?? 100, 42);
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions, index });
  const stored: Record<number, Document> = {};
  vectors.forEach((vector, i) => {
    index.addPoint(vector, i);
    stored[i] = new Document({ pageContent: passages[i]!.id, metadata: { passage: i } });
    if ((i + 1) % 1000 === 0 || i + 1 === vectors.length) options.progress?.('index', i + 1, vectors.length);
  });
  store.docstore.add(stored);

  const staging = `${directory}.tmp-${process.pid}-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await store.save(path.join(staging, INDEX_FILES.vectors));
    const data: IndexData = {
      documents: documents.map((d) => ({
        id: d.id,
        title: d.title,
        language: d.language,
        sources: d.sources,
        headings: sectionHeadings(d),
      })),
      passages,
    };
    await writeFile(path.join(staging, INDEX_FILES.passages), JSON.stringify(data));
    if (vocabulary) await writeFile(path.join(staging, INDEX_FILES.vocabulary), JSON.stringify(vocabulary.vocabulary));
    await writeFile(path.join(staging, INDEX_FILES.extras), JSON.stringify(options.documents.filter((d) => d.origin === 'extra')));
    const manifest: IndexManifest = {
      formatVersion: INDEX_FORMAT_VERSION,
      builtAt: new Date().toISOString(),
      buildMs: Math.round(performance.now() - started),
      embeddings: { ...described, dimensions },
      documents: options.documents.map((d) => ({ id: d.id, hash: contentHash(d), origin: d.origin })),
      passages: passages.length,
    };
    await writeFile(path.join(staging, INDEX_FILES.manifest), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(directory), { recursive: true });
    await replaceDirectory(staging, directory);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Gives each passage of a French original the matching section of its English version (same position among
 * the sections with text; `npm run knowledge:check` guarantees the two line up).
 */
async function attachTranslations(all: readonly SourceDocument[], indexed: readonly SourceDocument[], passages: Passage[]): Promise<void> {
  for (const english of all.filter((d) => d.translates)) {
    const ordinal = indexed.findIndex((d) => d.id === english.translates);
    if (ordinal < 0) continue;
    const originals = passages.filter((p) => p.document === ordinal);
    const translated = await splitIntoPassages(english, ordinal);
    translated.forEach((t, i) => {
      const original = originals[i];
      if (!original) return;
      original.translation = { headingPath: t.headingPath, ...(t.alternates ? { alternates: t.alternates } : {}), text: t.text };
    });
  }
}
