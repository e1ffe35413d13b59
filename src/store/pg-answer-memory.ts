import type { Citation } from '../core/answer.js';
import type { AnswerMemoryStore, RememberedAnswer } from '../channels/botframework/answer-memory.js';
import type { Logger } from '../logging/logger.js';
import type { PgDatabase } from './pg-database.js';

/** How long a sent answer can still be rated and explained (a tab left open over lunch). */
export const ANSWER_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * The answers the bot sent, in PostgreSQL: a 👍/👎 that reaches another instance than the one that answered still
 * knows the question, kind and sources it rates. Remembering never fails a turn: an error is logged and the answer
 * goes out (the feedback is then recorded without its question).
 */
export class PgAnswerMemory implements AnswerMemoryStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly logger: Logger,
    private readonly ttlMs = ANSWER_MEMORY_MS,
  ) {}

  async remember(conversationId: string, keys: ReadonlyArray<string | undefined>, answer: RememberedAnswer): Promise<void> {
    const distinct = [...new Set(keys.filter((key): key is string => !!key))];
    if (distinct.length === 0) return;
    try {
      await this.db.query(
        `INSERT INTO answer_memory (conversation_id, key, question, kind, citations, expires_at)
         SELECT $1, key, $3, $4, $5, now() + $6 * interval '1 millisecond' FROM unnest($2::text[]) AS key
         ON CONFLICT (conversation_id, key) DO UPDATE SET question = excluded.question, kind = excluded.kind,
           citations = excluded.citations, expires_at = excluded.expires_at`,
        [conversationId, distinct, answer.question, answer.kind, JSON.stringify(answer.citations), this.ttlMs],
        'answer_memory_remember',
      );
    } catch (error) {
      this.logger.warn({ err: error, conversationId }, 'could not remember an answer for its feedback');
    }
  }

  async recall(conversationId: string, keys: ReadonlyArray<string | undefined>): Promise<RememberedAnswer | undefined> {
    const wanted = keys.filter((key): key is string => !!key);
    if (wanted.length === 0) return undefined;
    const { rows } = await this.db.query<{ key: string; question: string; kind: RememberedAnswer['kind']; citations: Citation[] }>(
      'SELECT key, question, kind, citations FROM answer_memory WHERE conversation_id = $1 AND key = ANY($2::text[]) AND expires_at > now()',
      [conversationId, wanted],
    );
    for (const key of wanted) {
      const row = rows.find((r) => r.key === key);
      if (row) return { question: row.question, kind: row.kind, citations: row.citations };
    }
    return undefined;
  }
}
