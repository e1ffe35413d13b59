import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../src/core/answer.js';
import type { Assistant } from '../../src/core/assistant.js';
import type { Turn } from '../../src/core/ask-context.js';
import { judgePlaceStep, type PlaceCase } from './place-case.js';
import { EVALUATION_DIR } from './run-knowledge-set.js';

export function loadPlaceCases(...files: string[]): PlaceCase[] {
  return files.flatMap((f) => JSON.parse(readFileSync(path.join(EVALUATION_DIR, f), 'utf8')) as PlaceCase[]);
}

export interface PlaceResult {
  c: PlaceCase;
  /** The first failing step (index), or -1. */
  failedStep: number;
  problem: string | null;
  answers: Answer[];
}

/** Plays each conversation, step by step, through the assistant (the same turns every channel keeps). */
export async function runPlaceCases(assistant: Assistant, cases: readonly PlaceCase[]): Promise<PlaceResult[]> {
  const results: PlaceResult[] = [];
  for (const c of cases) {
    let turns: Turn[] = [];
    const answers: Answer[] = [];
    let failedStep = -1;
    let problem: string | null = null;
    for (const [i, step] of c.steps.entries()) {
      const result = await assistant.reply(step.say, { turns, locale: c.language === 'en' ? 'en-US' : 'fr-FR' });
      turns = result.turns;
      answers.push(result.answer);
      problem = judgePlaceStep(step.expect, result.answer);
      if (problem) {
        failedStep = i;
        break;
      }
    }
    results.push({ c, failedStep, problem, answers });
  }
  return results;
}
