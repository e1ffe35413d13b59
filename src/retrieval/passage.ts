import type { DocumentSource } from '../knowledge/knowledge-document.js';

/** One indexed passage: a section of a document, or part of a long one. */
export interface Passage {
  id: string;
  /** Ordinal of its document in the index's document list. */
  document: number;
  /** Document title, then section headings. */
  headingPath: string[];
  /** Alternate phrasings of the section's question (`> ? …` lines). */
  alternates?: string[];
  /** Markdown text with its claim markers. */
  text: string;
  /** The same section in English, from the document's English version (same sources, same markers). */
  translation?: PassageTranslation;
}

/** A section of an English version attached to its French original. */
export interface PassageTranslation {
  /** English title, then section heading(s). */
  headingPath: string[];
  alternates?: string[];
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

const MARKERS = /\[\^[a-z0-9-]+\]/g;

/** The questions a section answers: its heading, its alternates, and their English versions. */
export function passageQuestions(passage: Passage): string[] {
  const heading = passage.headingPath.slice(1).join(' ');
  const english = passage.translation;
  return [
    ...(heading ? [heading] : []),
    ...(passage.alternates ?? []),
    ...(english ? [english.headingPath.slice(1).join(' '), ...(english.alternates ?? [])].filter(Boolean) : []),
  ];
}

/**
 * Text embedded and BM25-indexed for a passage: its questions weigh in (counted twice), markers do not; the
 * English version is part of it, so an English question finds the section in its own words.
 */
export function passageIndexText(passage: Passage): string {
  const questions = passageQuestions(passage).join('\n');
  const english = passage.translation ? `\n${passage.translation.text.replace(MARKERS, '')}` : '';
  return `${passage.headingPath[0] ?? ''}\n${questions}\n${questions}\n${passage.text.replace(MARKERS, '')}${english}`;
}
