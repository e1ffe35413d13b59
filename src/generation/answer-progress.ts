import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../core/ask-context.js';

/**
 * Where a generated answer shows itself while it is being made, when the channel can stream (Web Chat over the
 * built-in Direct Line's WebSocket, Teams personal chats). Set by the channel around `assistant.reply`; the core
 * and the skills know nothing of it. Every call is a best effort and must not throw.
 */
export interface AnswerProgress {
  /** Generation started: a prepared message (« Je cherche dans les sources… »), never generated text. */
  informative(language: Language): void;
  /** The answer so far: only sentences that passed the check, numbered as in the final answer. */
  partial(text: string): void;
}

const current = new AsyncLocalStorage<AnswerProgress>();

/** Runs `work` with `progress` receiving the updates of any answer generated inside it. */
export function withAnswerProgress<T>(progress: AnswerProgress, work: () => Promise<T>): Promise<T> {
  return current.run(progress, work);
}

/** The progress sink of the running request, if its channel streams. */
export function answerProgress(): AnswerProgress | undefined {
  return current.getStore();
}

/** The informative update, in the user's language. */
export const SEARCHING: Record<Language, string> = {
  fr: 'Je cherche dans les sources…',
  en: 'Searching the sources…',
};
