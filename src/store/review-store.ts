import type { Answer, Citation } from '../core/answer.js';

/** What a support agent did with a suggested answer. */
export type ReviewAction = 'approve' | 'edit' | 'reject';

/** A review as an agent submits it. */
export interface ReviewInput {
  action: ReviewAction;
  /** Who reviewed (the agent's own identifier: initials, e-mail alias…). */
  agentId: string;
  question: string;
  /** The answer text as the agent leaves it: the original for approve/reject, the corrected one for edit. */
  finalText: string;
  /** The Answer the assistant suggested, unchanged. */
  originalAnswer: Answer;
  /** Sources the final text rests on: the original's, numbered 1..N. */
  citations: Citation[];
}

/** A recorded review. */
export interface Review extends ReviewInput {
  id: number;
  /** ISO 8601 date-time. */
  at: string;
  /** Folded question ({@link questionKey}) it applies to. */
  questionKey: string;
  /** For a reject of an answer that came from an earlier review: the review it withdraws. */
  withdrawsReviewId?: number;
}

/** Where reviews go. Approved and edited answers are reused for the same question until rejected. */
export interface ReviewStore {
  record(input: ReviewInput): Promise<Review>;
  /** Every review, oldest first. */
  list(): Promise<Review[]>;
  /**
   * Reviews whose answer may be reused: for each folded question, its latest review when that is an
   * approve or an edit, and not withdrawn by a later reject.
   */
  reusable(): Promise<Review[]>;
}

/**
 * The reviews an answer may reuse, in both engines' SQL: the latest review of each folded question, unless it is a
 * rejection or a later review withdrew it.
 */
export const REUSABLE_REVIEWS_SQL = `SELECT r.* FROM reviews r
  WHERE r.id = (SELECT MAX(id) FROM reviews l WHERE l.folded_question = r.folded_question)
    AND r.action <> 'reject'
    AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws_review_id = r.id)
  ORDER BY r.id`;
