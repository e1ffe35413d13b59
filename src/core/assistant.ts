import { answerSchema, type Answer } from './answer.js';
import { AnswerCache } from './answer-cache.js';
import { appendTurn, turnOf, type AskContext, type Turn } from './ask-context.js';
import { AppError } from './errors.js';
import { fallbackAnswer } from './fallback-answer.js';
import { MAX_QUESTION_LENGTH } from './limits.js';
import { toQuestion } from './question.js';
import type { Skill } from './skill.js';

/** The channel-agnostic assistant: question in, Answer out. */
export interface Assistant {
  ask(question: string, context: AskContext): Promise<Answer>;
  /** Like {@link Assistant.ask}, and also returns the conversation's turns with this exchange appended. */
  reply(question: string, context: AskContext): Promise<{ answer: Answer; turns: Turn[] }>;
  /** Forgets cached answers: call after the knowledge or the reviewed answers change. */
  clearCache(): void;
}

export interface AssistantOptions {
  /** Tried in order; the first that returns an Answer wins. */
  skills: readonly Skill[];
  /** Validate every Answer against the contract (tests, development). Off in production for speed. */
  validate?: boolean;
  /** How many answers to keep for repeated questions (0 = no cache). */
  cacheSize?: number;
}

/** Checks the question and throws a typed error the edges turn into a clear message. */
export function assertValidQuestion(question: unknown): asserts question is string {
  if (typeof question !== 'string' || question.trim().length === 0) {
    throw new AppError('invalid_question', 'question must be a non-empty string');
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new AppError('question_too_long', `question must be at most ${MAX_QUESTION_LENGTH} characters`);
  }
}

export function createAssistant(options: AssistantOptions): Assistant {
  const { skills, validate = false } = options;
  const cache = new AnswerCache(options.cacheSize ?? 2_000);
  async function reply(rawQuestion: string, context: AskContext) {
    assertValidQuestion(rawQuestion);
    const question = toQuestion(rawQuestion, context);
    const key = AnswerCache.keyOf(question);
    let answer: Answer | null = cache.get(key) ?? null;
    if (answer) {
      answer = answer.question === question.text ? answer : { ...answer, question: question.text };
    } else {
      for (const skill of skills) {
        answer = await skill.answer(question);
        if (answer) break;
      }
      answer ??= fallbackAnswer(question.text, question.language);
      if (validate) answerSchema.parse(answer);
      cache.set(key, answer);
    }
    return { answer, turns: appendTurn(context.turns, turnOf(question.text, question.language, answer)) };
  }
  return {
    reply,
    clearCache: () => cache.clear(),
    async ask(question, context) {
      return (await reply(question, context)).answer;
    },
  };
}
