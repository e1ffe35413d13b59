import type { Migration } from './migration.js';

/**
 * Reused reviews are found without scanning every review for each one (index on the withdrawal column), and an
 * unanswered question is one row per folded question and reason with a count, so repeats cannot grow the file.
 */
export const boundedGapsMigration: Migration = {
  version: 2,
  name: 'reviews withdrawal index, unanswered counted once per question',
  sql: {
    sqlite: `
    CREATE INDEX reviews_withdraws ON reviews (withdraws_review_id);

    CREATE TABLE unanswered_counted (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('fallback', 'low_confidence')),
      kind TEXT NOT NULL,
      confidence REAL NOT NULL,
      hits INTEGER NOT NULL DEFAULT 1,
      UNIQUE (folded_question, reason)
    );
    INSERT INTO unanswered_counted (at, question, folded_question, reason, kind, confidence, hits)
      SELECT MAX(at), (SELECT u2.question FROM unanswered u2 WHERE u2.folded_question = u.folded_question AND u2.reason = u.reason ORDER BY u2.id DESC LIMIT 1),
             folded_question, reason, MAX(kind), MIN(confidence), COUNT(*)
      FROM unanswered u GROUP BY folded_question, reason;
    DROP TABLE unanswered;
    ALTER TABLE unanswered_counted RENAME TO unanswered;
    CREATE INDEX unanswered_at ON unanswered (at);
  `,
    postgres: `
    CREATE INDEX reviews_withdraws ON reviews (withdraws_review_id);

    CREATE TABLE unanswered_counted (
      id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('fallback', 'low_confidence')),
      kind TEXT NOT NULL,
      confidence DOUBLE PRECISION NOT NULL,
      hits INTEGER NOT NULL DEFAULT 1,
      UNIQUE (folded_question, reason)
    );
    INSERT INTO unanswered_counted (at, question, folded_question, reason, kind, confidence, hits)
      SELECT MAX(at), (SELECT u2.question FROM unanswered u2 WHERE u2.folded_question = u.folded_question AND u2.reason = u.reason ORDER BY u2.id DESC LIMIT 1),
             folded_question, reason, MAX(kind), MIN(confidence), COUNT(*)
      FROM unanswered u GROUP BY folded_question, reason;
    DROP TABLE unanswered;
    ALTER TABLE unanswered_counted RENAME TO unanswered;
    CREATE INDEX unanswered_at ON unanswered (at);
  `,
  },
};
