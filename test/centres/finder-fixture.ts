import type { Answer } from '../../src/core/answer.js';
import { answerSchema } from '../../src/core/answer.js';
import type { Turn } from '../../src/core/ask-context.js';
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

/** The turn the assistant would remember after `answer`. */
export function turnOf(text: string, answer: Answer): Turn {
  const question = toQuestion(text, { turns: [] });
  return { question: text, kind: answer.kind, language: question.language, place: answer.lookup?.place ?? null };
}
