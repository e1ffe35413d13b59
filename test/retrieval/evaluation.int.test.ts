import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/core/answer.js';
import { createAssistant, type Assistant } from '../../src/core/assistant.js';
import { createKnowledgeSkill } from '../../src/core/knowledge-skill.js';
import { toQuestion } from '../../src/core/question.js';
import { resolveFollowUp } from '../../src/core/resolve-follow-up.js';
import { smalltalkSkill } from '../../src/core/smalltalk-skill.js';
import type { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { loadOrBuildIndex } from '../../src/retrieval/load-or-build-index.js';
import { fold } from '../../src/text/fold.js';
import { EVALUATION_SET, type EvalCase } from './evaluation-set.js';

/** Gate thresholds of the evaluation (ISSUE 4). */
const GATE = { recallAt3: 0.9, correctness: 0.9, refusal: 1 };

let dir: string;
let retriever: HybridRetriever;
let assistant: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cnam-eval-'));
  ({ retriever } = await loadOrBuildIndex({ directory: path.join(dir, 'index'), embeddings: { provider: 'local' } }));
  assistant = createAssistant({ skills: [smalltalkSkill, createKnowledgeSkill(retriever)], validate: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function factPresent(text: string, fact: string | RegExp): boolean {
  const folded = fold(text);
  return typeof fact === 'string' ? folded.includes(fold(fact)) : new RegExp(fact.source, 'i').test(folded);
}

/** Correct: a knowledge answer, every expected fact in its text, and at least one valid citation. */
function isCorrect(answer: Answer, c: EvalCase): boolean {
  const cited = c.absence || (answer.citations.length > 0 && /\[\d+\]/.test(answer.text));
  return answer.kind === 'knowledge' && cited && c.facts.every((f) => factPresent(answer.text, f));
}

describe('evaluation set', () => {
  it('has at least 80 questions, 15 of them out of scope', () => {
    expect(EVALUATION_SET.length).toBeGreaterThanOrEqual(80);
    expect(EVALUATION_SET.filter((c) => c.outOfScope).length).toBeGreaterThanOrEqual(15);
  });

  it('when run over the built-in knowledge, meets the recall@3, correctness and refusal gate', async () => {
    let recalled = 0;
    let correct = 0;
    let refused = 0;
    const inScope = EVALUATION_SET.filter((c) => !c.outOfScope);
    const outOfScope = EVALUATION_SET.filter((c) => c.outOfScope);
    const failures: string[] = [];
    for (const c of EVALUATION_SET) {
      const context = { turns: c.turns ?? [] };
      const answer = answerSchema.parse(await assistant.ask(c.question, context));
      if (c.outOfScope) {
        if (answer.kind === 'fallback' && answer.citations.length === 0) refused += 1;
        else failures.push(`NOT REFUSED ${c.question} → ${answer.kind} ${answer.confidence.toFixed(2)}`);
        continue;
      }
      const hits = await retriever.search(resolveFollowUp(toQuestion(c.question, context)), 3);
      const found = hits.some((h) => c.docs.some((d) => h.documentId.startsWith(d)));
      if (found) recalled += 1;
      else failures.push(`RECALL ${c.question} → ${hits.map((h) => h.documentId).join(', ')}`);
      if (isCorrect(answer, c)) correct += 1;
      else failures.push(`ANSWER ${c.question} → ${answer.kind} ${answer.confidence.toFixed(2)}: ${answer.text.slice(0, 160).replace(/\n/g, ' ')}`);
    }
    const scores = {
      questions: EVALUATION_SET.length,
      recallAt3: recalled / inScope.length,
      correctness: correct / inScope.length,
      refusal: refused / outOfScope.length,
    };
    console.log(`evaluation: ${JSON.stringify(scores)}`);
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(scores.recallAt3).toBeGreaterThanOrEqual(GATE.recallAt3);
    expect(scores.correctness).toBeGreaterThanOrEqual(GATE.correctness);
    expect(scores.refusal).toBeGreaterThanOrEqual(GATE.refusal);
  });
});
