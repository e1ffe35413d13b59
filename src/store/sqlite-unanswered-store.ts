import { redact } from '../privacy/redact.js';
import { questionKey } from './question-key.js';
import type { SqliteDatabase } from './sqlite-database.js';
import type { UnansweredEntry, UnansweredStore } from './unanswered-store.js';

/** {@link UnansweredStore} in SQLite; the question is redacted before writing. */
export class SqliteUnansweredStore implements UnansweredStore {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare(`INSERT INTO unanswered (at, question, folded_question, reason, kind, confidence)
      VALUES (@at, @question, @folded, @reason, @kind, @confidence)`);
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const question = redact(entry.question);
    this.insert.run({ ...entry, question, folded: questionKey(question) });
  }

  async list(): Promise<UnansweredEntry[]> {
    return this.db
      .prepare('SELECT at, question, reason, kind, confidence FROM unanswered ORDER BY id')
      .all() as UnansweredEntry[];
  }
}
