import type { Answer } from '../core/answer.js';
import type { Review } from '../store/review-store.js';

/**
 * The Answer a review stands for, asked as `question`: the agent's final text, the original sources and
 * lookup, marked `reviewed`. An edited fallback becomes a knowledge answer (the agent supplied the content).
 */
export function reviewedAnswer(review: Pick<Review, 'originalAnswer' | 'finalText' | 'citations' | 'agentId' | 'at' | 'action'>, question: string, confidence: number): Answer {
  const original = review.originalAnswer;
  const kind = original.kind === 'fallback' && review.action === 'edit' ? 'knowledge' : original.kind;
  return {
    ...original,
    question,
    kind,
    text: review.finalText,
    confidence,
    citations: review.citations,
    reviewed: { by: review.agentId, at: review.at },
  };
}
