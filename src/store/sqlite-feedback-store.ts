import type { AnswerKind, Citation } from '../core/answer.js';
import { redactDeep } from '../privacy/redact.js';
import type { FeedbackEntry, FeedbackStore } from './feedback-store.js';
import { questionKey } from './question-key.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Feedback as stored: the channels' entry plus what richer forms may add (reason tags, the answer's text). */
export interface FeedbackRecord extends FeedbackEntry {
  /** Reasons the user ticked (« incorrect », « pas de source »…). */
  tags?: string[];
  /** The rated answer's text, when known. */
  answerText?: string;
}

interface FeedbackRow {
  at: string;
  reaction: 'like' | 'dislike';
  tags: string | null;
  text: string | null;
  message_id: string | null;
  conversation_id: string;
  channel: string;
  question: string | null;
  answer_kind: string | null;
  answer_text: string | null;
  citations: string | null;
}

/** {@link FeedbackStore} in SQLite; personal data is redacted before it is written. */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare(`INSERT INTO feedback
      (at, reaction, tags, text, message_id, conversation_id, channel, question, folded_question, answer_kind, answer_text, citations)
      VALUES (@at, @reaction, @tags, @text, @messageId, @conversationId, @channel, @question, @folded, @answerKind, @answerText, @citations)`);
  }

  async record(entry: FeedbackRecord): Promise<void> {
    // What people wrote is redacted; identifiers (a Teams channel id looks like an e-mail address) are kept.
    const { conversationId, replyToId, channel, ...written } = entry;
    const clean = { ...redactDeep(written), conversationId, channel, ...(replyToId !== undefined ? { replyToId } : {}) };
    const question = clean.question ?? null;
    this.insert.run({
      at: clean.at,
      reaction: clean.reaction,
      tags: clean.tags?.length ? JSON.stringify(clean.tags) : null,
      text: clean.text ?? null,
      messageId: clean.replyToId ?? null,
      conversationId: clean.conversationId,
      channel: clean.channel,
      question,
      folded: question === null ? null : questionKey(question),
      answerKind: clean.answerKind ?? null,
      answerText: clean.answerText ?? null,
      citations: clean.citations ? JSON.stringify(clean.citations) : null,
    });
  }

  async list(): Promise<FeedbackRecord[]> {
    const rows = this.db.prepare('SELECT * FROM feedback ORDER BY id').all() as FeedbackRow[];
    return rows.map(toEntry);
  }
}

function toEntry(row: FeedbackRow): FeedbackRecord {
  return {
    reaction: row.reaction,
    ...(row.tags ? { tags: JSON.parse(row.tags) as string[] } : {}),
    ...(row.text !== null ? { text: row.text } : {}),
    ...(row.message_id !== null ? { replyToId: row.message_id } : {}),
    conversationId: row.conversation_id,
    channel: row.channel,
    ...(row.question !== null ? { question: row.question } : {}),
    ...(row.answer_kind !== null ? { answerKind: row.answer_kind as AnswerKind } : {}),
    ...(row.answer_text !== null ? { answerText: row.answer_text } : {}),
    ...(row.citations !== null ? { citations: JSON.parse(row.citations) as Citation[] } : {}),
    at: row.at,
  };
}
