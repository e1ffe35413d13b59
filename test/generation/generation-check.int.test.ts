import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeSkill } from '../../src/answering/knowledge-skill.js';
import { emptyContext } from '../../src/core/ask-context.js';
import { toQuestion } from '../../src/core/question.js';
import { chatModelOf } from '../../src/generation/chat-model.js';
import { createGenerator } from '../../src/generation/generator.js';
import { MIN_COVERAGE } from '../../src/generation/grounding-check.js';
import { TokenBudget } from '../../src/generation/token-budget.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { loadOrBuildIndex } from '../../src/retrieval/load-or-build-index.js';
import { startFakeLlmServer, tokens, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { llmConfig } from './fixtures.js';
import { SCRIPTED_HELDOUT, SCRIPTED_OUTPUTS, type Label, type ScriptedOutput } from './scripted-outputs.js';

/** The `[@title part]` markers of a scripted sentence as the numbers the prompt gave those sources. */
function resolveMarkers(text: string, prompt: string): string {
  const list = [...prompt.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => ({ n: Number(m[1]), line: m[2]! }));
  return text.replace(/\[@([^\]]+)\]/g, (_, key: string) => {
    const found = list.find((s) => s.line.includes(key));
    if (!found) throw new Error(`no source « ${key} » in the prompt:\n${list.map((s) => `[${s.n}] ${s.line}`).join('\n')}`);
    return `[${found.n}]`;
  });
}

interface Judged {
  question: string;
  sentence: string;
  label: Label;
  kept: boolean;
  reasons: string[];
  coverage: number;
}

let dir: string;
let retriever: HybridRetriever;
let llm: FakeLlmServer;
const judged: Judged[] = [];
const heldout: Judged[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cnam-gen-eval-'));
  ({ retriever } = await loadOrBuildIndex({ directory: path.join(dir, 'index'), embeddings: { provider: 'local' } }));
  llm = await startFakeLlmServer();
  const config = llmConfig(llm.url);
  const generator = createGenerator({ model: (await chatModelOf(config))!, timeoutMs: 5_000, budget: new TokenBudget(0), logger: silentLogger() });
  const skill = createKnowledgeSkill(retriever, { generator });
  // Each scripted output is replayed by the fake model for its question, through the whole generation path.
  const run = async (output: ScriptedOutput, into: Judged[]) => {
    llm.script((request) => ({ chunks: tokens(output.sentences.map((s) => resolveMarkers(s.text, request.prompt)).join(' '), 9) }));
    await skill.answer(toQuestion(output.question, emptyContext));
    const report = generator.reports.at(-1)!;
    if (report.checked.length !== output.sentences.length) {
      throw new Error(`« ${output.question} »: ${output.sentences.length} scripted sentences, ${report.checked.length} checked (${report.outcome})`);
    }
    output.sentences.forEach((s, i) => {
      const verdict = report.checked[i]!;
      into.push({ question: output.question, sentence: s.text, label: s.label, kept: verdict.ok, reasons: verdict.reasons, coverage: verdict.coverage });
    });
  };
  for (const output of SCRIPTED_OUTPUTS) await run(output, judged);
  for (const output of SCRIPTED_HELDOUT) await run(output, heldout);
}, 120_000);

afterAll(async () => {
  await llm?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the check on scripted model outputs (the fake model replays them through the whole generation path)', () => {
  it('has at least 40 scripted outputs, with good, subtly wrong and unsupported sentences', () => {
    expect(SCRIPTED_OUTPUTS.length).toBeGreaterThanOrEqual(40);
    const count = (label: Label) => judged.filter((j) => j.label === label).length;
    expect(count('good')).toBeGreaterThanOrEqual(40);
    expect(count('wrong')).toBeGreaterThanOrEqual(25);
    expect(count('unsupported')).toBeGreaterThanOrEqual(15);
  });

  it('catches every bad sentence (precision of the check: 100 % of the sentences it keeps are good)', () => {
    const escaped = judged.filter((j) => j.label !== 'good' && j.kept);
    expect(escaped.map((j) => `${j.label}: ${j.sentence}`)).toEqual([]);
  });

  it('keeps most good sentences (recall), reported with every good sentence it drops', () => {
    const good = judged.filter((j) => j.label === 'good');
    const kept = good.filter((j) => j.kept).length;
    const bad = judged.filter((j) => j.label !== 'good');
    const caught = bad.filter((j) => !j.kept).length;
    const dropped = good.filter((j) => !j.kept).map((j) => `  - ${j.sentence} → ${j.reasons.join(', ')} (coverage ${j.coverage})`);
    console.info(
      [
        `check at MIN_COVERAGE ${MIN_COVERAGE} on ${SCRIPTED_OUTPUTS.length} scripted outputs, ${judged.length} sentences:`,
        `  bad sentences caught ${caught}/${bad.length}; precision of kept sentences ${kept}/${kept + bad.length - caught}`,
        `  good sentences kept (recall) ${kept}/${good.length} = ${((100 * kept) / good.length).toFixed(1)} %`,
        ...(dropped.length ? ['  good sentences dropped:', ...dropped] : []),
      ].join('\n'),
    );
    // How the threshold was chosen: what each value would catch and keep (other refusals unchanged).
    const table = [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1].map((t) => {
      const keeps = (j: Judged) => j.reasons.every((r) => r === 'low-coverage') && j.coverage >= t;
      return `  ${t.toFixed(2)}: bad kept ${bad.filter(keeps).length}, good kept ${good.filter(keeps).length}/${good.length}`;
    });
    if (process.env.CHECK_VERBOSE) console.info(judged.map((j) => `${j.label.padEnd(11)} ${j.kept ? 'KEPT' : 'drop'} ${j.coverage.toFixed(2)} ${j.reasons.join(',')} | ${j.sentence}`).join('\n'));
    console.info(['coverage threshold → bad sentences it would let through, good sentences kept:', ...table].join('\n'));
    // Floor at the recall reached (see README); a change to the check that lowers it must say why.
    expect(kept / good.length).toBeGreaterThanOrEqual(0.8);
  });

  it('on the held-out set (never used to change the check): its figures, and every sentence it judged wrongly', () => {
    const good = heldout.filter((j) => j.label === 'good');
    const bad = heldout.filter((j) => j.label !== 'good');
    const escaped = bad.filter((j) => j.kept);
    const dropped = good.filter((j) => !j.kept);
    console.info(
      [
        `held-out: ${SCRIPTED_HELDOUT.length} outputs, ${heldout.length} sentences: bad caught ${bad.length - escaped.length}/${bad.length}, good kept ${good.length - dropped.length}/${good.length}`,
        ...escaped.map((j) => `  ESCAPED ${j.label}: ${j.sentence}`),
        ...dropped.map((j) => `  dropped good: ${j.sentence} → ${j.reasons.join(', ')} (coverage ${j.coverage})`),
      ].join('\n'),
    );
    expect(heldout.length).toBeGreaterThanOrEqual(30);
    // The one known escape, kept as found (README, "limits"): two names swapped in their roles within one source
    // sentence. The check sees which facts a sentence uses, not how it relates them. Not tuned away.
    expect(escaped.map((j) => j.sentence)).toEqual(['Lyon a été le premier centre régional, suivi de Lille [@Lille, premier centre].']);
    expect(dropped.length / good.length).toBeLessThanOrEqual(0.2);
  });
});
