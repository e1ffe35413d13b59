import type { DocumentSource } from '../knowledge/knowledge-document.js';

/** One indexed passage: a section of a document, or part of a long one. */
export interface Passage {
  id: string;
  /** Ordinal of its document in the index's document list. */
  document: number;
  /** Document title, then section headings. */
  headingPath: string[];
  /** Markdown text with its claim markers. */
  text: string;
}

/** A document as the index keeps it: what citations and suggestions need. */
export interface IndexedDocument {
  id: string;
  title: string;
  language: 'fr' | 'en';
  sources: DocumentSource[];
  /** Its section headings, in order. */
  headings: string[];
}

/** Text embedded and BM25-indexed for a passage: headings weigh in (they are questions), markers do not. */
export function passageIndexText(passage: Passage): string {
  const [title, ...headings] = passage.headingPath;
  return `${title ?? ''}\n${headings.join('\n')}\n${headings.join('\n')}\n${passage.text.replace(/\[\^[a-z0-9-]+\]/g, '')}`;
}
