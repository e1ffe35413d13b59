import type { AskContext, Language } from './ask-context.js';
import { languageSignal } from './detect-language.js';
import { fold } from '../text/fold.js';

/** A question as the skills see it: the user's text plus what the core worked out once. */
export interface Question {
  /** The text as the user typed it (trimmed). */
  text: string;
  /** Lower case, accents folded: for matching. */
  folded: string;
  language: Language;
  context: AskContext;
}

export function toQuestion(text: string, context: AskContext): Question {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const previous = context.turns.at(-1);
  // A message with no language signal ("Dole ?") keeps the conversation's language, then the channel's.
  const language =
    languageSignal(trimmed) ?? previous?.language ?? (context.locale?.toLowerCase().startsWith('en') ? 'en' : 'fr');
  return { text: trimmed, folded: fold(trimmed), language, context };
}
