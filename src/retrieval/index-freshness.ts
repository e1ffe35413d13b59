import { describeEmbeddings, type EmbeddingSettings } from './embedding-settings.js';
import { INDEX_FORMAT_VERSION, type IndexManifest } from './index-manifest.js';
import { contentHash, type SourceDocument } from './source-document.js';

/**
 * Why an index must be rebuilt for `documents` and `settings`, or null when it is up to date:
 * same format, same embeddings, same documents with the same content hashes.
 */
export function staleReason(
  manifest: IndexManifest | null,
  documents: readonly SourceDocument[],
  settings: EmbeddingSettings,
): string | null {
  if (!manifest) return 'no index';
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) return 'index format changed';
  const wanted = describeEmbeddings(settings);
  const have = manifest.embeddings;
  if (wanted.provider !== have.provider || wanted.model !== have.model || wanted.baseUrl !== have.baseUrl) {
    return 'embeddings changed';
  }
  if (wanted.dimensions !== undefined && wanted.dimensions !== have.dimensions) return 'embeddings changed';
  if (manifest.documents.length !== documents.length) return 'documents added or removed';
  const hashes = new Map(manifest.documents.map((d) => [d.id, d.hash]));
  for (const doc of documents) {
    const hash = hashes.get(doc.id);
    if (hash === undefined) return `new document ${doc.id}`;
    if (hash !== contentHash(doc)) return `changed document ${doc.id}`;
  }
  return null;
}
