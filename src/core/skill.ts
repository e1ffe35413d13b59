import type { Answer } from './answer.js';
import type { Question } from './question.js';

/**
 * One capability of the assistant (smalltalk, centre finder, document retrieval…).
 * The core asks each skill in order; the first to return an Answer wins.
 */
export interface Skill {
  readonly name: string;
  /** Returns an Answer when this skill handles the question, null to let the next skill try. */
  answer(question: Question): Answer | null | Promise<Answer | null>;
}
