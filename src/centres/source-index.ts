import type { Citation } from '../core/answer.js';
import type { KnowledgeDocument } from '../knowledge/knowledge-document.js';

/** A citation without its number: what a source URL resolves to. */
export type { SourceCitation } from '../core/citation-list.js';
import type { SourceCitation } from '../core/citation-list.js';

/** Source URL → title, publisher, date, from the front matter of the knowledge documents. */
export interface SourceIndex {
  cite(url: string): SourceCitation;
  /** A documented statement that the Cnam offers distance learning, with its source; null when no document says so. */
  distanceLearning: { source: SourceCitation; excerpt: string } | null;
}

/** The part of a knowledge document the finder reads (the language tells which course notes answer in English). */
export type SourceDocument = Pick<KnowledgeDocument, 'sources' | 'body'> & Partial<Pick<KnowledgeDocument, 'language'>>;

const DISTANCE = /(?<!\p{L})(?:à distance|FOAD|distance[- ]learning|e-learning|formations? en ligne)(?!\p{L})/iu;

function excerptAround(paragraph: string, at: number): string {
  const dot = paragraph.lastIndexOf('. ', at);
  const start = dot < 0 ? 0 : dot + 2;
  const endDot = paragraph.indexOf('.', at);
  const end = endDot < 0 ? paragraph.length : endDot + 1;
  const sentence = paragraph.slice(start, end).replace(/\s*\[\^[a-z0-9-]+\]/g, '').replace(/\s+/g, ' ').trim();
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence;
}

/** Builds the index; the first document listing a URL gives its metadata. */
export function createSourceIndex(documents: readonly SourceDocument[]): SourceIndex {
  const byUrl = new Map<string, SourceCitation>();
  for (const doc of documents) {
    for (const s of doc.sources) {
      if (byUrl.has(s.url)) continue;
      byUrl.set(s.url, { title: s.title, url: s.url, publisher: s.publisher, ...(s.date ? { date: s.date } : {}) });
    }
  }
  let distanceLearning: SourceIndex['distanceLearning'] = null;
  search: for (const doc of documents) {
    for (const paragraph of doc.body.split('\n')) {
      const match = DISTANCE.exec(paragraph);
      if (!match || paragraph.trimStart().startsWith('#')) continue;
      const marker = /\[\^([a-z0-9-]+)\]/.exec(paragraph.slice(match.index));
      const source = doc.sources.find((s) => s.id === marker?.[1]) ?? (doc.sources.length === 1 ? doc.sources[0] : undefined);
      if (!source) continue;
      distanceLearning = { source: byUrl.get(source.url)!, excerpt: excerptAround(paragraph, match.index) };
      break search;
    }
  }
  return {
    cite(url) {
      const known = byUrl.get(url);
      if (known) return known;
      // Not listed in any front matter (the knowledge checker flags it): cite the page by its host.
      return { title: new URL(url).hostname.replace(/^www\./, ''), url };
    },
    distanceLearning,
  };
}
