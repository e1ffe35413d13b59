import type { Answer } from '../../src/core/answer.js';
import { answerSchema } from '../../src/core/answer.js';
import { appendTurn, turnOf as coreTurnOf, type Turn } from '../../src/core/ask-context.js';
import { toQuestion } from '../../src/core/question.js';
import type { CentreFinder } from '../../src/centres/centre-finder.js';
import { createCentreSkill } from '../../src/centres/centre-skill.js';
import { loadCentreFinder } from '../../src/centres/load-centre-finder.js';

let shared: Promise<CentreFinder> | undefined;

/** The finder over the real knowledge (gazetteer cache, sites.csv, documents), loaded once per test file. */
export function realFinder(): Promise<CentreFinder> {
  shared ??= loadCentreFinder();
  return shared;
}

/** Asks the centre skill; validates any Answer against the contract. */
export async function ask(text: string, turns: Turn[] = []): Promise<Answer | null> {
  const skill = createCentreSkill({ finder: await realFinder() });
  const answer = await skill.answer(toQuestion(text, { turns }));
  if (answer) answerSchema.parse(answer);
  return answer;
}

/** The turn the assistant would remember after `answer` (what the core stores, see `turnOf` in ask-context). */
export function turnOf(text: string, answer: Answer, turns: Turn[] = []): Turn {
  const question = toQuestion(text, { turns });
  return coreTurnOf(question.text, question.language, answer);
}

/**
 * A conversation through the centre skill, as a channel runs it: each message is asked with the turns so far, and
 * the turn the core would remember is appended (at most three kept). Returns every answer (null when the skill
 * let the message go to the next skill; a knowledge turn is then remembered in its place).
 */
export async function converse(messages: readonly string[]): Promise<Array<Answer | null>> {
  const answers: Array<Answer | null> = [];
  let turns: Turn[] = [];
  for (const text of messages) {
    const answer = await ask(text, turns);
    answers.push(answer);
    const question = toQuestion(text, { turns });
    const turn = answer ? coreTurnOf(question.text, question.language, answer) : { question: question.text, kind: 'knowledge' as const, language: question.language, place: null };
    turns = appendTurn(turns, turn);
  }
  return answers;
}
