import type { AskContext, Language } from './ask-context.js';
import { languageSignal } from './detect-language.js';
import { fold } from '../text/fold.js';
import { messageBody } from '../text/message-body.js';

/** A question as the skills see it: the user's text plus what the core worked out once. */
export interface Question {
  /** The text as the user typed it (trimmed). */
  text: string;
  /** Lower case, accents folded: for matching. */
  folded: string;
  /** The text without its greeting, sign-off and signature (« Many thanks, Sarah »): what the message asks and says. */
  body: string;
  language: Language;
  context: AskContext;
}

interface TextReading {
  folded: string;
  body: string;
  signal: Language | null;
}

/** People repeat the same questions (the suggested ones above all): their reading is kept, within bounds. */
const READINGS = new Map<string, TextReading>();
const MAX_READINGS = 2_000;

function read(raw: string, trimmed: string): TextReading {
  let reading = READINGS.get(raw);
  if (!reading) {
    reading = { folded: fold(trimmed), body: messageBody(raw), signal: languageSignal(trimmed) };
    if (READINGS.size >= MAX_READINGS) READINGS.delete(READINGS.keys().next().value!);
    READINGS.set(raw, reading);
  }
  return reading;
}

export function toQuestion(text: string, context: AskContext): Question {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const { folded, body, signal } = read(text, trimmed);
  const previous = context.turns.at(-1);
  // A message with no language signal ("Dole ?") keeps the conversation's language, then the channel's.
  const language = signal ?? previous?.language ?? (context.locale?.toLowerCase().startsWith('en') ? 'en' : 'fr');
  return { text: trimmed, folded, body, language, context };
}
