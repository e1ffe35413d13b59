import type { Migration } from './migration.js';

/**
 * What several instances must share once `DATABASE_URL` is set: botbuilder's conversation state, the `/api/ask`
 * turns, the answers feedback may point at, the built-in Direct Line's conversations and activities, and the
 * rate-limit buckets. Every row carries `expires_at`: reads ignore expired rows and a periodic `DELETE … WHERE
 * expires_at < now()` (indexed) removes them. The embedded default keeps all this in the process's memory, so on
 * SQLite this version records itself and creates nothing.
 */
export const sharedStateMigration: Migration = {
  version: 3,
  name: 'shared state of several instances (conversations, Direct Line, rate limits)',
  sql: {
    sqlite: `-- nothing: without DATABASE_URL, conversation state, Direct Line and rate limits live in memory`,
    postgres: `
    CREATE TABLE bot_state (
      key TEXT PRIMARY KEY,
      doc JSON NOT NULL,
      etag TEXT NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX bot_state_expires ON bot_state (expires_at);

    CREATE TABLE ask_conversations (
      id TEXT PRIMARY KEY,
      turns JSON NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX ask_conversations_expires ON ask_conversations (expires_at);

    CREATE TABLE answer_memory (
      conversation_id TEXT NOT NULL,
      key TEXT NOT NULL,
      question TEXT NOT NULL,
      kind TEXT NOT NULL,
      citations JSON NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (conversation_id, key)
    );
    CREATE INDEX answer_memory_expires ON answer_memory (expires_at);

    CREATE TABLE directline_conversations (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      -- Watermark after the last activity: the next activity gets next_seq + 1, under this row's lock.
      next_seq INTEGER NOT NULL DEFAULT 0,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX directline_conversations_expires ON directline_conversations (expires_at);

    CREATE TABLE directline_activities (
      conversation_id TEXT NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      size INTEGER NOT NULL,
      body JSON NOT NULL,
      PRIMARY KEY (conversation_id, seq)
    );

    -- Unlogged: fast to update on every request, and emptied by a server crash (every client starts with a full bucket).
    CREATE UNLOGGED TABLE rate_buckets (
      key TEXT PRIMARY KEY,
      tokens DOUBLE PRECISION NOT NULL,
      granted BOOLEAN NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX rate_buckets_expires ON rate_buckets (expires_at);
  `,
  },
};
