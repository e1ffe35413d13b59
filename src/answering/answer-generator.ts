import type { Answer } from '../core/answer.js';
import type { PassageHit } from '../core/passage-retriever.js';
import type { Question } from '../core/question.js';

/** What an optional generator gets from the knowledge skill: the question, its top sections, the extractive answer. */
export interface GenerationRequest {
  question: Question;
  /** The sections the extractive answer quotes, then the next best retrieved ones; best first. */
  sections: readonly PassageHit[];
  /** The answer served when generation is off, fails or does not pass its check. */
  extractive: Answer;
}

/**
 * An optional step after the extractive composition (src/generation/): returns an answer phrased for the question,
 * every sentence of it checked against its sources, or null to keep the extractive answer.
 */
export interface AnswerGenerator {
  generate(request: GenerationRequest): Promise<Answer | null>;
}
