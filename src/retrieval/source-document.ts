import { createHash } from 'node:crypto';
import type { DocumentSource, KnowledgeDocument } from '../knowledge/knowledge-document.js';

/** A document to index: a knowledge document, or an extra source given to `npm run ingest`. */
export interface SourceDocument {
  /** Stable id: `docs/topics/ami2.md` for knowledge, the path or URL for extras. */
  id: string;
  title: string;
  language: 'fr' | 'en';
  /** Markdown body (headings `##` make sections); claim markers `[^id]` name `sources`. */
  body: string;
  /** Public sources a citation can name; empty when the origin has no https URL (never cited then). */
  sources: DocumentSource[];
  origin: 'knowledge' | 'extra';
  /** For an English version: the id of the French original its sections translate. */
  translates?: string;
}

/** Adapts a loaded knowledge document. */
export function fromKnowledgeDocument(doc: KnowledgeDocument): SourceDocument {
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    body: doc.body,
    sources: doc.sources,
    origin: 'knowledge',
    ...(doc.translates ? { translates: doc.translates } : {}),
  };
}

/** SHA-256 of what indexing reads from the document: equal hashes mean nothing to rebuild. */
export function contentHash(doc: SourceDocument): string {
  return createHash('sha256')
    .update(JSON.stringify([doc.id, doc.title, doc.language, doc.body, doc.sources, doc.translates ?? null]))
    .digest('hex');
}
