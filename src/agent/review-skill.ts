import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import type { ReviewStore } from '../store/review-store.js';
import { matchReviewedQuestion } from './match-reviewed-question.js';
import { reviewedAnswer } from './reviewed-answer.js';

/**
 * Answers with an agent-reviewed answer (approved or edited, not rejected) when the question is the same
 * as a reviewed one, or very close to it. Placed right after smalltalk so a human-checked answer wins.
 * A reviewed fallback that was merely approved is not reused: it says nothing the fallback does not.
 */
export function createReviewSkill(reviews: Pick<ReviewStore, 'reusable'>): Skill {
  return {
    name: 'reviewed',
    async answer(question: Question): Promise<Answer | null> {
      const candidates = await reviews.reusable();
      let best: { score: number; index: number } | undefined;
      candidates.forEach((review, index) => {
        if (review.originalAnswer.kind === 'fallback' && review.action === 'approve') return;
        const score = matchReviewedQuestion(question.text, review.questionKey);
        // Ties go to the most recent review (the list is oldest first).
        if (score > 0 && (!best || score >= best.score)) best = { score, index };
      });
      if (!best) return null;
      return reviewedAnswer(candidates[best.index]!, question.text, best.score);
    },
  };
}
