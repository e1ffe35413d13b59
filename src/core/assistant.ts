import { answerSchema, type Answer } from './answer.js';
import { appendTurn, type AskContext, type Turn } from './ask-context.js';
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
}

export interface AssistantOptions {
  /** Tried in order; the first that returns an Answer wins. */
  skills: readonly Skill[];
  /** Validate every Answer against the contract (tests, development). Off in production for speed. */
  validate?: boolean;
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
  async function reply(rawQuestion: string, context: AskContext) {
    assertValidQuestion(rawQuestion);
    const question = toQuestion(rawQuestion, context);
    let answer: Answer | null = null;
    for (const skill of skills) {
      answer = await skill.answer(question);
      if (answer) break;
    }
    answer ??= fallbackAnswer(question.text, question.language);
    if (validate) answerSchema.parse(answer);
    const turn: Turn = {
      question: question.text,
      kind: answer.kind,
      language: question.language,
      place: answer.lookup?.place ?? null,
    };
    return { answer, turns: appendTurn(context.turns, turn) };
  }
  return {
    reply,
    async ask(question, context) {
      return (await reply(question, context)).answer;
    },
  };
}
