import type { AskContext, Language } from './ask-context.js';
import { detectLanguage } from './detect-language.js';
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
  const detected = detectLanguage(trimmed, context.locale);
  // A two-word follow-up ("et à Dole ?") carries too little to detect; keep the conversation's language.
  const language = trimmed.split(' ').length <= 3 && previous && detected !== previous.language && !context.locale
    ? previous.language
    : detected;
  return { text: trimmed, folded: fold(trimmed), language, context };
}
