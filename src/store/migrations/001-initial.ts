import type { Migration } from './migration.js';

/** Feedback (👍/👎), agent reviews and the questions the assistant could not answer well. */
export const initialMigration: Migration = {
  version: 1,
  name: 'feedback, reviews, unanswered',
  sql: {
    sqlite: `
    CREATE TABLE feedback (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      reaction TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
      tags TEXT,
      text TEXT,
      message_id TEXT,
      conversation_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      question TEXT,
      folded_question TEXT,
      answer_kind TEXT,
      answer_text TEXT,
      citations TEXT
    );
    CREATE INDEX feedback_folded ON feedback (folded_question);

    CREATE TABLE reviews (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      agent_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('approve', 'edit', 'reject')),
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      final_text TEXT NOT NULL,
      original_answer TEXT NOT NULL,
      citations TEXT NOT NULL,
      withdraws_review_id INTEGER REFERENCES reviews (id)
    );
    CREATE INDEX reviews_folded ON reviews (folded_question, id);

    CREATE TABLE unanswered (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('fallback', 'low_confidence')),
      kind TEXT NOT NULL,
      confidence REAL NOT NULL
    );
    CREATE INDEX unanswered_folded ON unanswered (folded_question);
  `,
    // The same tables; dates as timestamptz, JSON as jsonb, ids from an identity column.
    postgres: `
    CREATE TABLE feedback (
      id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      reaction TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
      tags JSONB,
      text TEXT,
      message_id TEXT,
      conversation_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      question TEXT,
      folded_question TEXT,
      answer_kind TEXT,
      answer_text TEXT,
      citations JSONB
    );
    CREATE INDEX feedback_folded ON feedback (folded_question);

    CREATE TABLE reviews (
      id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      agent_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('approve', 'edit', 'reject')),
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      final_text TEXT NOT NULL,
      original_answer JSONB NOT NULL,
      citations JSONB NOT NULL,
      withdraws_review_id INTEGER REFERENCES reviews (id)
    );
    CREATE INDEX reviews_folded ON reviews (folded_question, id);

    CREATE TABLE unanswered (
      id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      question TEXT NOT NULL,
      folded_question TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('fallback', 'low_confidence')),
      kind TEXT NOT NULL,
      confidence DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX unanswered_folded ON unanswered (folded_question);
  `,
  },
};
