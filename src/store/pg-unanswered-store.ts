import { redact } from '../privacy/redact.js';
import type { PgDatabase } from './pg-database.js';
import { questionKey } from './question-key.js';
import { MAX_UNANSWERED_QUESTIONS } from './sqlite-unanswered-store.js';
import type { UnansweredEntry, UnansweredStore } from './unanswered-store.js';

/** Longest question kept (characters), as in SQLite. */
const MAX_QUESTION_CHARS = 300;

/**
 * {@link UnansweredStore} in PostgreSQL, with the SQLite store's rules: the question is redacted, a repeat adds to its
 * count, and the table holds at most `maxQuestions` questions (the least asked and oldest go first). Upsert and prune
 * are one statement each, so instances recording at once never lose a count; the prune runs only after a new question.
 */
export class PgUnansweredStore implements UnansweredStore {
  constructor(private readonly db: PgDatabase, private readonly maxQuestions = MAX_UNANSWERED_QUESTIONS) {}

  async record(entry: UnansweredEntry): Promise<void> {
    const question = redact(entry.question).slice(0, MAX_QUESTION_CHARS);
    const { rows } = await this.db.query<{ inserted: boolean }>(
      `INSERT INTO unanswered (at, question, folded_question, reason, kind, confidence) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (folded_question, reason) DO UPDATE SET
         hits = unanswered.hits + 1, at = excluded.at, question = excluded.question, kind = excluded.kind, confidence = excluded.confidence
       RETURNING (xmax = 0) AS inserted`,
      [entry.at, question, questionKey(question), entry.reason, entry.kind, entry.confidence],
      'unanswered_record',
    );
    // Only a new question can take the table past its cap (a repeat adds to a count).
    if (!rows[0]?.inserted) return;
    await this.db.query(
      `DELETE FROM unanswered WHERE id IN (
         SELECT id FROM unanswered ORDER BY hits ASC, at ASC
         LIMIT GREATEST(0, (SELECT COUNT(*) FROM unanswered) - $1))`,
      [this.maxQuestions],
    );
  }

  async list(): Promise<UnansweredEntry[]> {
    const { rows } = await this.db.query<{ at: Date; question: string; reason: UnansweredEntry['reason']; kind: UnansweredEntry['kind']; confidence: number; count: number }>(
      'SELECT at, question, reason, kind, confidence, hits AS count FROM unanswered ORDER BY id',
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }
}
