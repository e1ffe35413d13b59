import type { AnswerKind, Citation } from '../core/answer.js';

/** 👍 or 👎 as the channels send it. */
export type FeedbackReaction = 'like' | 'dislike';

/** One piece of feedback on one answer, with what is known of the exchange it rates. */
export interface FeedbackEntry {
  reaction: FeedbackReaction;
  /** Free text the user typed in the feedback form, when the channel has one. */
  text?: string;
  /** Id of the rated message (the activity the feedback replies to), when the channel says. */
  replyToId?: string;
  conversationId: string;
  /** Bot Framework channel id: msteams, directline, webchat, emulator… */
  channel: string;
  /** The question and answer behind the rated message, when the bot still remembers them. */
  question?: string;
  answerKind?: AnswerKind;
  citations?: Citation[];
  /** ISO 8601 timestamp of the feedback. */
  at: string;
}

/** Where feedback goes. In memory for now; a SQLite implementation can replace it behind this interface. */
export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<void>;
  /** Every recorded entry, oldest first. */
  list(): Promise<FeedbackEntry[]>;
}
