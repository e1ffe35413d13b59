import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { KnowledgeDocument } from '../knowledge/knowledge-document.js';
import { loadDocuments } from '../knowledge/load-documents.js';
import type { Logger } from '../logging/logger.js';
import { buildIndex, type BuildProgress } from './build-index.js';
import type { EmbeddingSettings } from './embedding-settings.js';
import { extrasSchema } from './index-data.js';
import { staleReason } from './index-freshness.js';
import { INDEX_FILES } from './index-manifest.js';
import { loadIndex, readManifest, type LoadedIndex } from './load-index.js';
import { fromKnowledgeDocument, type SourceDocument } from './source-document.js';

export interface LoadOrBuildIndexOptions {
  /** The knowledge documents, when the caller already loaded them (read once at start for every skill). */
  knowledgeDocuments?: readonly KnowledgeDocument[];
  /** Index folder, e.g. `${config.DATA_DIR}/index`. */
  directory: string;
  embeddings: EmbeddingSettings;
  /** Folder of the Markdown knowledge documents (default `knowledge/docs`). */
  docsDir?: string;
  /**
   * Extra documents to index besides the knowledge (from `npm run ingest --dir/--url`). When
   * omitted, the extras of the existing index are kept.
   */
  extraDocuments?: readonly SourceDocument[];
  /** Rebuild even when the index is up to date. */
  force?: boolean;
  logger?: Logger;
  progress?: BuildProgress;
  /** Neural embeddings instance to use instead of creating one from the settings (tests). */
  neuralEmbeddings?: Embeddings;
}

/** The loaded index, and whether this call had to (re)build it. */
export interface LoadOrBuildResult extends LoadedIndex {
  rebuilt: boolean;
  /** Why it was rebuilt, when it was. */
  reason?: string;
}

async function previousExtras(directory: string): Promise<SourceDocument[]> {
  try {
    return extrasSchema.parse(JSON.parse(await readFile(path.join(directory, INDEX_FILES.extras), 'utf8')));
  } catch {
    return [];
  }
}

/**
 * Loads the search index, building it first when it is missing or stale (knowledge documents
 * changed, embeddings changed, format changed). An unchanged corpus is never rebuilt. If the
 * knowledge cannot be read but an index exists, the existing index is served and a warning logged.
 */
export async function loadOrBuildIndex(options: LoadOrBuildIndexOptions): Promise<LoadOrBuildResult> {
  const { directory, embeddings, logger } = options;
  const manifest = await readManifest(directory);
  let knowledge: SourceDocument[];
  try {
    knowledge = (options.knowledgeDocuments ?? (await loadDocuments(options.docsDir))).map(fromKnowledgeDocument);
  } catch (error) {
    if (!manifest) throw error;
    logger?.warn({ err: error }, 'knowledge unreadable; serving the existing index');
    return { ...(await loadIndex(directory, embeddings, options.neuralEmbeddings)), rebuilt: false };
  }
  const extras = options.extraDocuments ? [...options.extraDocuments] : await previousExtras(directory);
  const documents = [...knowledge, ...extras];
  const reason = options.force ? 'forced' : staleReason(manifest, documents, embeddings);
  if (reason) {
    logger?.info({ reason, documents: documents.length, directory }, 'building search index');
    const built = await buildIndex({
      documents,
      directory,
      embeddings,
      neuralEmbeddings: options.neuralEmbeddings,
      progress: options.progress,
    });
    logger?.info({ passages: built.passages, ms: built.buildMs }, 'search index built');
  }
  const loaded = await loadIndex(directory, embeddings, options.neuralEmbeddings);
  return reason ? { ...loaded, rebuilt: true, reason } : { ...loaded, rebuilt: false };
}
