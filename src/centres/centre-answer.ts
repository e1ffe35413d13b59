import type { Answer, Lookup } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CitationList } from '../core/citation-list.js';

/** The `centre` Answer a composer ends with: its paragraphs, the citations they used and the lookup. */
export function centreAnswer(question: Question, parts: readonly string[], citations: CitationList, confidence: number, lookup: Lookup): Answer {
  return {
    question: question.text,
    kind: 'centre',
    text: parts.join('\n\n'),
    confidence,
    citations: citations.citations,
    lookup,
  };
}
