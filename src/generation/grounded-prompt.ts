import { readFileSync } from 'node:fs';
import type { Language } from '../core/ask-context.js';
import { fromRoot } from '../project-root.js';
import { redact } from '../privacy/redact.js';
import { promptSources, type SourcePassage } from './source-passages.js';

/** The prompt file in use; logged with every generation. */
export const PROMPT_VERSION = 'grounded-answer.v1';

/** Most sentences asked of the model. */
export const MAX_SENTENCES = 4;

/** The two messages sent to the model. */
export interface GroundedPrompt {
  system: string;
  user: string;
}

export interface PromptInput {
  /** The user's question (redacted here before it goes anywhere). */
  question: string;
  /** Earlier questions of the conversation, oldest first (redacted here too). */
  previousQuestions: readonly string[];
  language: Language;
  passages: readonly SourcePassage[];
}

let template: { system: string; user: string } | undefined;

function loadTemplate(): { system: string; user: string } {
  if (template) return template;
  const file = readFileSync(fromRoot('src', 'generation', 'prompts', `${PROMPT_VERSION}.md`), 'utf8');
  const body = file.replace(/<!--[\s\S]*?-->\s*/, '');
  const match = /^=== SYSTEM ===\n([\s\S]*?)\n=== USER ===\n([\s\S]*)$/.exec(body);
  if (!match) throw new Error(`${PROMPT_VERSION}.md: expected a "=== SYSTEM ===" part then a "=== USER ===" part`);
  template = { system: match[1]!.trim(), user: match[2]!.trim() };
  return template;
}

const LANGUAGE_NAME: Record<Language, string> = { fr: 'French', en: 'English' };

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * The grounded prompt from the versioned file: the rules, the (redacted) question and recent questions, and the
 * numbered sources with their title, publisher and date. Personal data never reaches the provider: e-mail
 * addresses, phone numbers and social-security numbers typed by the user are replaced first.
 */
export function groundedPrompt(input: PromptInput): GroundedPrompt {
  const { system, user } = loadTemplate();
  const turns = input.previousQuestions.length
    ? `Earlier questions of this conversation (context only):\n${input.previousQuestions.map((q) => `- ${redact(q).replace(/\s+/g, ' ')}`).join('\n')}\n\n`
    : '';
  const values = {
    language: LANGUAGE_NAME[input.language],
    maxSentences: String(MAX_SENTENCES),
    question: redact(input.question).replace(/\s+/g, ' '),
    turns,
    sources: promptSources(input.passages),
  };
  // One pass: text inserted for a placeholder (a question containing « {{language}} ») is never filled again.
  return { system: fill(system, values), user: fill(user, values) };
}
