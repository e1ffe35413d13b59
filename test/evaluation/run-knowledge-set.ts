import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../src/core/answer.js';
import type { Assistant } from '../../src/core/assistant.js';
import type { Turn } from '../../src/core/ask-context.js';
import { judgeKnowledge, type KnowledgeCase } from './knowledge-case.js';

export const EVALUATION_DIR = path.dirname(new URL(import.meta.url).pathname);

export function loadKnowledgeCases(...files: string[]): KnowledgeCase[] {
  return files.flatMap((f) => JSON.parse(readFileSync(path.join(EVALUATION_DIR, f), 'utf8')) as KnowledgeCase[]);
}

export interface CaseResult {
  c: KnowledgeCase;
  answer: Answer;
  problem: string | null;
}

/** Asks each case in a fresh conversation, its earlier turns first. */
export async function runKnowledgeCases(assistant: Assistant, cases: readonly KnowledgeCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    let turns: Turn[] = [];
    for (const earlier of c.turns ?? []) turns = (await assistant.reply(earlier, { turns })).turns;
    const answer = await assistant.ask(c.question, { turns });
    results.push({ c, answer, problem: judgeKnowledge(c, answer) });
  }
  return results;
}

/** Share right overall and per category (and per expectation). */
export function summarise(results: readonly CaseResult[]): { total: number; right: number; score: number; byCategory: Record<string, string> } {
  const groups = new Map<string, { n: number; ok: number }>();
  const add = (key: string, ok: boolean) => {
    const g = groups.get(key) ?? { n: 0, ok: 0 };
    g.n += 1;
    if (ok) g.ok += 1;
    groups.set(key, g);
  };
  for (const r of results) {
    add(r.c.category, r.problem === null);
    add(`expect:${r.c.expect}`, r.problem === null);
    add(`lang:${r.c.language}`, r.problem === null);
  }
  const right = results.filter((r) => r.problem === null).length;
  const byCategory = Object.fromEntries([...groups].sort().map(([k, g]) => [k, `${g.ok}/${g.n}`]));
  return { total: results.length, right, score: results.length ? right / results.length : 0, byCategory };
}
