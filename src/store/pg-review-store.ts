import type { Answer, Citation } from '../core/answer.js';
import { redactDeep } from '../privacy/redact.js';
import type { PgDatabase } from './pg-database.js';
import { CHANNELS, type PgNotifier } from './pg-notifier.js';
import { questionKey } from './question-key.js';
import type { Review, ReviewAction, ReviewInput, ReviewStore } from './review-store.js';
import { REUSABLE_REVIEWS_SQL } from './review-store.js';

interface ReviewRow {
  id: number;
  at: Date;
  agent_id: string;
  action: ReviewAction;
  question: string;
  folded_question: string;
  final_text: string;
  original_answer: Answer;
  citations: Citation[];
  withdraws_review_id: number | null;
}

/**
 * {@link ReviewStore} in PostgreSQL, with the SQLite store's rules. The reusable set is read on every question, so it
 * is cached — but another instance may record a review at any time: each review sends a notification (in the same
 * statement as its insert), every instance drops its cache on it, and the cache is used only while notifications
 * are being received. `onExternalChange` listeners (the answer cache) hear of other instances' reviews.
 */
export class PgReviewStore implements ReviewStore {
  private cachedReusable: Review[] | undefined;
  /** Bumped on every invalidation: a read that started before one must not fill the cache. */
  private generation = 0;
  private readonly external = new Set<() => void>();

  constructor(
    private readonly db: PgDatabase,
    private readonly notifier: PgNotifier,
  ) {
    notifier.on(CHANNELS.reviews, () => {
      this.invalidate();
      this.external.forEach((listener) => listener());
    });
    notifier.onResync(() => {
      this.invalidate();
      this.external.forEach((listener) => listener());
    });
  }

  /** Called when another instance recorded a review (or may have, while notifications were interrupted). */
  onExternalChange(listener: () => void): void {
    this.external.add(listener);
  }

  async record(input: ReviewInput): Promise<Review> {
    const clean = redactDeep(input);
    const at = new Date().toISOString();
    const folded = questionKey(clean.question);
    const reviewed = clean.originalAnswer.reviewed;
    const { rows } = await this.db.query<{ id: number; withdraws_review_id: number | null }>(
      `WITH withdrawn AS (
         SELECT id FROM reviews WHERE $10::boolean AND at = $11::timestamptz AND agent_id = $12 AND action <> 'reject' ORDER BY id DESC LIMIT 1
       ), inserted AS (
         INSERT INTO reviews (at, agent_id, action, question, folded_question, final_text, original_answer, citations, withdraws_review_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT id FROM withdrawn))
         RETURNING id, withdraws_review_id
       )
       SELECT id, withdraws_review_id, pg_notify($9, $13) IS NULL AS sent FROM inserted`,
      [
        at,
        clean.agentId,
        clean.action,
        clean.question,
        folded,
        clean.finalText,
        JSON.stringify(clean.originalAnswer),
        JSON.stringify(clean.citations),
        CHANNELS.reviews,
        clean.action === 'reject' && !!reviewed,
        reviewed?.at ?? null,
        reviewed?.by ?? null,
        this.notifier.payload({}),
      ],
    );
    this.invalidate();
    const row = rows[0]!;
    return {
      ...clean,
      id: row.id,
      at,
      questionKey: folded,
      ...(row.withdraws_review_id !== null ? { withdrawsReviewId: row.withdraws_review_id } : {}),
    };
  }

  async list(): Promise<Review[]> {
    return (await this.db.query<ReviewRow>('SELECT * FROM reviews ORDER BY id')).rows.map(toReview);
  }

  async reusable(): Promise<Review[]> {
    if (this.cachedReusable && this.notifier.connected) return this.cachedReusable;
    const generation = this.generation;
    const reviews = (await this.db.query<ReviewRow>(REUSABLE_REVIEWS_SQL)).rows.map(toReview);
    if (generation === this.generation) this.cachedReusable = reviews;
    return reviews;
  }

  private invalidate(): void {
    this.generation += 1;
    this.cachedReusable = undefined;
  }
}

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    at: row.at.toISOString(),
    agentId: row.agent_id,
    action: row.action,
    question: row.question,
    questionKey: row.folded_question,
    finalText: row.final_text,
    originalAnswer: row.original_answer,
    citations: row.citations,
    ...(row.withdraws_review_id !== null ? { withdrawsReviewId: row.withdraws_review_id } : {}),
  };
}
