import type { AnswerKind, Place } from './answer.js';

/** Languages the assistant answers in. French first. */
export type Language = 'fr' | 'en';

/** What the assistant remembers of one earlier exchange: enough to resolve a follow-up. */
export interface Turn {
  question: string;
  kind: AnswerKind;
  language: Language;
  /** The place the answer was about, for "et à Dole ?" style follow-ups. */
  place?: Place | null;
}

/** Everything `ask` knows besides the question. Channel-agnostic. */
export interface AskContext {
  /** Most recent last; callers keep at most {@link MAX_TURNS}. */
  turns: readonly Turn[];
  /** BCP 47 locale the channel reported (e.g. "fr-FR"), used only when the question itself is ambiguous. */
  locale?: string;
}

/**
 * How many earlier turns a conversation keeps: follow-up resolution looks back at most this far, and the
 * answer cache keys on all of them. Kept small because channel state is serialised on every message.
 */
export const MAX_TURNS = 3;

export const emptyContext: AskContext = { turns: [] };

/** Returns the turns with `turn` appended, keeping the last {@link MAX_TURNS}. */
export function appendTurn(turns: readonly Turn[], turn: Turn): Turn[] {
  return [...turns, turn].slice(-MAX_TURNS);
}
