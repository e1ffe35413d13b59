import { redact } from '../privacy/redact.js';
import { questionKey } from './question-key.js';
import type { SqliteDatabase } from './sqlite-database.js';
import type { UnansweredEntry, UnansweredStore } from './unanswered-store.js';

/** Most distinct questions kept; past it, the least asked and oldest are forgotten first. */
export const MAX_UNANSWERED_QUESTIONS = 5_000;
/** Longest question kept (characters): enough to read it, not a place to store text. */
const MAX_QUESTION_CHARS = 300;

/**
 * {@link UnansweredStore} in SQLite; the question is redacted before writing. A question asked again (same folded
 * form, same reason) adds to its count instead of adding a row, and the table holds at most
 * {@link MAX_UNANSWERED_QUESTIONS} questions: however much traffic, the file stays small.
 */
export class SqliteUnansweredStore implements UnansweredStore {
  private readonly upsert;
  private readonly count;
  private readonly prune;

  constructor(private readonly db: SqliteDatabase, private readonly maxQuestions = MAX_UNANSWERED_QUESTIONS) {
    this.upsert = db.prepare(`INSERT INTO unanswered (at, question, folded_question, reason, kind, confidence)
      VALUES (@at, @question, @folded, @reason, @kind, @confidence)
      ON CONFLICT (folded_question, reason) DO UPDATE SET
        hits = hits + 1, at = excluded.at, question = excluded.question, kind = excluded.kind, confidence = excluded.confidence`);
    this.count = db.prepare('SELECT COUNT(*) AS n FROM unanswered');
    this.prune = db.prepare('DELETE FROM unanswered WHERE id IN (SELECT id FROM unanswered ORDER BY hits ASC, at ASC LIMIT ?)');
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const question = redact(entry.question).slice(0, MAX_QUESTION_CHARS);
    this.upsert.run({ at: entry.at, question, folded: questionKey(question), reason: entry.reason, kind: entry.kind, confidence: entry.confidence });
    const { n } = this.count.get() as { n: number };
    if (n > this.maxQuestions) this.prune.run(n - this.maxQuestions);
  }

  async list(): Promise<UnansweredEntry[]> {
    return this.db
      .prepare('SELECT at, question, reason, kind, confidence, hits AS count FROM unanswered ORDER BY id')
      .all() as UnansweredEntry[];
  }
}
