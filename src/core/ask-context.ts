import type { Answer, AnswerKind, Area, LookupIntent, Place } from './answer.js';

/** Languages the assistant answers in. French first. */
export type Language = 'fr' | 'en';

/** What the assistant remembers of one earlier exchange: enough to resolve a follow-up. */
export interface Turn {
  question: string;
  kind: AnswerKind;
  language: Language;
  /** The place the answer was about, for "et à Dole ?" style follow-ups. */
  place?: Place | null;
  /** The territory the answer was about (`lookup.area`), for « et les formations ? » after « Y a-t-il un Cnam en Bretagne ? ». */
  area?: Area;
  /** What the lookup answered (`lookup.intent`), kept by « et à Dole ? » after « Quelles formations à Chalon ? ». */
  intent?: LookupIntent;
  /**
   * What the assistant asked in its answer, so that the next message is read as the reply first: `town` (« Dans quelle
   * commune êtes-vous ? ») or `commune` (« Laquelle voulez-vous dire ? », with {@link candidates}).
   */
  asked?: 'town' | 'commune';
  /** INSEE codes of the communes offered, in the order they were shown (ordinal replies: « la deuxième »). */
  candidates?: string[];
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

/**
 * The turn remembered after `answer` to `question`: its kind, language and place, the lookup's intent, and what the
 * assistant asked when it asked something (a clarification about a place): which town, or which of the candidates,
 * given by INSEE code in the order shown. Small and serialisable: channels keep turns in their conversation state.
 */
export function turnOf(question: string, language: Language, answer: Answer): Turn {
  const lookup = answer.lookup;
  const turn: Turn = { question, kind: answer.kind, language, place: lookup?.place ?? null };
  if (lookup?.area) turn.area = lookup.area;
  if (lookup?.intent) turn.intent = lookup.intent;
  if (answer.kind === 'clarify' && lookup) {
    if (lookup.candidates && lookup.candidates.length > 0) {
      turn.asked = 'commune';
      turn.candidates = lookup.candidates.map((c) => c.insee);
    } else {
      turn.asked = 'town';
    }
  }
  return turn;
}
