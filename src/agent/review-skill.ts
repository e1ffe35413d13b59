import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import { questionKey } from '../store/question-key.js';
import type { Review, ReviewStore } from '../store/review-store.js';
import { contentWords, matchReviewedQuestion } from './match-reviewed-question.js';
import { reviewedAnswer } from './reviewed-answer.js';

/** The reusable reviews arranged for lookup: by folded question, and by content word for close matches. */
interface ReviewIndex {
  byKey: Map<string, number>;
  byWord: Map<string, number[]>;
}

const indexes = new WeakMap<readonly Review[], ReviewIndex>();

function indexOf(reviews: readonly Review[]): ReviewIndex {
  let index = indexes.get(reviews);
  if (index) return index;
  index = { byKey: new Map(), byWord: new Map() };
  reviews.forEach((review, i) => {
    // A reviewed fallback that was merely approved says nothing the fallback does not: never reused.
    if (review.originalAnswer.kind === 'fallback' && review.action === 'approve') return;
    index!.byKey.set(review.questionKey, i); // the latest review of a key wins (the list is oldest first)
    for (const word of contentWords(review.questionKey)) {
      const list = index!.byWord.get(word) ?? [];
      list.push(i);
      index!.byWord.set(word, list);
    }
  });
  indexes.set(reviews, index);
  return index;
}

/**
 * Answers with an agent-reviewed answer (approved or edited, not rejected) when the question is the same
 * as a reviewed one, or very close to it. Placed right after smalltalk so a human-checked answer wins.
 * The lookup touches only reviews sharing words with the question (no scan of every review per question).
 */
export function createReviewSkill(reviews: Pick<ReviewStore, 'reusable'>): Skill {
  return {
    name: 'reviewed',
    async answer(question: Question): Promise<Answer | null> {
      const candidates = await reviews.reusable();
      if (candidates.length === 0) return null;
      const index = indexOf(candidates);
      const exact = index.byKey.get(questionKey(question.text));
      if (exact !== undefined) return reviewedAnswer(candidates[exact]!, question.text, 1);
      // A close match shares at least four content words and differs by at most one.
      const words = contentWords(questionKey(question.text));
      const shared = new Map<number, number>();
      for (const word of words) for (const i of index.byWord.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      let best: { score: number; index: number } | undefined;
      for (const [i, count] of shared) {
        if (count < Math.max(4, words.size - 1)) continue;
        const score = matchReviewedQuestion(question.text, candidates[i]!.questionKey);
        if (score > 0 && (!best || score > best.score || (score === best.score && i > best.index))) best = { score, index: i };
      }
      return best ? reviewedAnswer(candidates[best.index]!, question.text, best.score) : null;
    },
  };
}
