import path from 'node:path';
import type { Config } from '../config.js';
import type { KnowledgeDocument } from '../knowledge/knowledge-document.js';
import type { Logger } from '../logging/logger.js';
import { embeddingSettingsFromConfig } from './embedding-settings.js';
import { loadOrBuildIndex, type LoadOrBuildResult } from './load-or-build-index.js';

/** Where the search index lives for a configuration: `${DATA_DIR}/index`. */
export function indexDirectory(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'index');
}

/**
 * The knowledge search index for the server and CLI: loaded from `${DATA_DIR}/index`, built first
 * when missing or stale. With a built, current index it is ready in well under a second.
 */
export async function openKnowledgeIndex(
  config: Config,
  logger: Logger,
  options: { docsDir?: string; documents?: readonly KnowledgeDocument[] } = {},
): Promise<LoadOrBuildResult> {
  return loadOrBuildIndex({
    directory: indexDirectory(config),
    embeddings: embeddingSettingsFromConfig(config),
    docsDir: options.docsDir,
    ...(options.documents ? { knowledgeDocuments: options.documents } : {}),
    logger,
  });
}
