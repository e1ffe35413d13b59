import type { Answer, Citation } from '../core/answer.js';
import { redactDeep } from '../privacy/redact.js';
import { questionKey } from './question-key.js';
import type { Review, ReviewAction, ReviewInput, ReviewStore } from './review-store.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { REUSABLE_REVIEWS_SQL } from './review-store.js';

interface ReviewRow {
  id: number;
  at: string;
  agent_id: string;
  action: ReviewAction;
  question: string;
  folded_question: string;
  final_text: string;
  original_answer: string;
  citations: string;
  withdraws_review_id: number | null;
}

/**
 * {@link ReviewStore} in SQLite. Personal data is redacted before writing. The reusable set is read on
 * every question, so it is kept in memory and re-read only after a new review.
 */
export class SqliteReviewStore implements ReviewStore {
  private readonly insert;
  private readonly findWithdrawn;
  private cachedReusable: Review[] | undefined;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare(`INSERT INTO reviews
      (at, agent_id, action, question, folded_question, final_text, original_answer, citations, withdraws_review_id)
      VALUES (@at, @agentId, @action, @question, @folded, @finalText, @originalAnswer, @citations, @withdraws)`);
    this.findWithdrawn = db.prepare(
      `SELECT id FROM reviews WHERE at = ? AND agent_id = ? AND action <> 'reject' ORDER BY id DESC LIMIT 1`,
    );
  }

  async record(input: ReviewInput): Promise<Review> {
    const clean = redactDeep(input);
    const at = new Date().toISOString();
    const folded = questionKey(clean.question);
    const reviewed = clean.originalAnswer.reviewed;
    const withdrawn =
      clean.action === 'reject' && reviewed
        ? (this.findWithdrawn.get(reviewed.at, reviewed.by) as { id: number } | undefined)
        : undefined;
    const result = this.insert.run({
      at,
      agentId: clean.agentId,
      action: clean.action,
      question: clean.question,
      folded,
      finalText: clean.finalText,
      originalAnswer: JSON.stringify(clean.originalAnswer),
      citations: JSON.stringify(clean.citations),
      withdraws: withdrawn?.id ?? null,
    });
    this.cachedReusable = undefined;
    return {
      ...clean,
      id: Number(result.lastInsertRowid),
      at,
      questionKey: folded,
      ...(withdrawn ? { withdrawsReviewId: withdrawn.id } : {}),
    };
  }

  async list(): Promise<Review[]> {
    return (this.db.prepare('SELECT * FROM reviews ORDER BY id').all() as ReviewRow[]).map(toReview);
  }

  async reusable(): Promise<Review[]> {
    this.cachedReusable ??= (this.db.prepare(REUSABLE_REVIEWS_SQL).all() as ReviewRow[]).map(toReview);
    return this.cachedReusable;
  }
}

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    at: row.at,
    agentId: row.agent_id,
    action: row.action,
    question: row.question,
    questionKey: row.folded_question,
    finalText: row.final_text,
    originalAnswer: JSON.parse(row.original_answer) as Answer,
    citations: JSON.parse(row.citations) as Citation[],
    ...(row.withdraws_review_id !== null ? { withdrawsReviewId: row.withdraws_review_id } : {}),
  };
}
