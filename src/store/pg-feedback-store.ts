import type { AnswerKind, Citation } from '../core/answer.js';
import { redactDeep } from '../privacy/redact.js';
import type { FeedbackStore } from './feedback-store.js';
import type { PgDatabase } from './pg-database.js';
import { questionKey } from './question-key.js';
import type { FeedbackRecord } from './sqlite-feedback-store.js';

interface FeedbackRow {
  at: Date;
  reaction: 'like' | 'dislike';
  tags: string[] | null;
  text: string | null;
  message_id: string | null;
  conversation_id: string;
  channel: string;
  question: string | null;
  answer_kind: string | null;
  answer_text: string | null;
  citations: Citation[] | null;
}

/** {@link FeedbackStore} in PostgreSQL, the same rows as the SQLite one; personal data is redacted before it is written. */
export class PgFeedbackStore implements FeedbackStore {
  constructor(private readonly db: PgDatabase) {}

  async record(entry: FeedbackRecord): Promise<void> {
    // What people wrote is redacted; identifiers (a Teams channel id looks like an e-mail address) are kept.
    const { conversationId, replyToId, channel, ...written } = entry;
    const clean = { ...redactDeep(written), conversationId, channel, ...(replyToId !== undefined ? { replyToId } : {}) };
    const question = clean.question ?? null;
    await this.db.query(
      `INSERT INTO feedback
        (at, reaction, tags, text, message_id, conversation_id, channel, question, folded_question, answer_kind, answer_text, citations)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        clean.at,
        clean.reaction,
        clean.tags?.length ? JSON.stringify(clean.tags) : null,
        clean.text ?? null,
        clean.replyToId ?? null,
        clean.conversationId,
        clean.channel,
        question,
        question === null ? null : questionKey(question),
        clean.answerKind ?? null,
        clean.answerText ?? null,
        clean.citations ? JSON.stringify(clean.citations) : null,
      ],
    );
  }

  async list(): Promise<FeedbackRecord[]> {
    const { rows } = await this.db.query<FeedbackRow>('SELECT * FROM feedback ORDER BY id');
    return rows.map(toEntry);
  }
}

function toEntry(row: FeedbackRow): FeedbackRecord {
  return {
    reaction: row.reaction,
    ...(row.tags ? { tags: row.tags } : {}),
    ...(row.text !== null ? { text: row.text } : {}),
    ...(row.message_id !== null ? { replyToId: row.message_id } : {}),
    conversationId: row.conversation_id,
    channel: row.channel,
    ...(row.question !== null ? { question: row.question } : {}),
    ...(row.answer_kind !== null ? { answerKind: row.answer_kind as AnswerKind } : {}),
    ...(row.answer_text !== null ? { answerText: row.answer_text } : {}),
    ...(row.citations !== null ? { citations: row.citations } : {}),
    at: row.at.toISOString(),
  };
}
