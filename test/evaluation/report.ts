/**
 * Prints the held-out (and dev) evaluation with every failure: `node --import tsx test/evaluation/report.ts [set…]`.
 * The gate itself is in heldout.int.test.ts; this is for reading.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAssistant } from '../../src/compose/build-assistant.js';
import { configSchema } from '../../src/config.js';
import { silentLogger } from '../../src/logging/logger.js';
import { loadKnowledgeCases, runKnowledgeCases, summarise } from './run-knowledge-set.js';
import { loadPlaceCases, runPlaceCases } from './run-place-set.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const dir = await mkdtemp(path.join(tmpdir(), 'cnam-report-'));
const config = configSchema.parse({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
const assistant = await buildAssistant({ logger: silentLogger(), config, validate: true });
const defaults = ['heldout-knowledge-a.json', 'heldout-knowledge-b.json', 'heldout-places-c.json', 'heldout-places-d.json'];
for (const file of files.length ? files : defaults) {
  if (file.includes('places')) {
    const results = await runPlaceCases(assistant, loadPlaceCases(file));
    const right = results.filter((r) => !r.problem).length;
    const byCategory = new Map<string, [number, number]>();
    for (const r of results) {
      const g = byCategory.get(r.c.category) ?? [0, 0];
      g[1] += 1;
      if (!r.problem) g[0] += 1;
      byCategory.set(r.c.category, g);
    }
    console.log(`${file}: ${right}/${results.length} = ${((100 * right) / results.length).toFixed(1)} %`);
    console.log(JSON.stringify(Object.fromEntries([...byCategory].sort().map(([k, [ok, n]]) => [k, `${ok}/${n}`]))));
    for (const r of results.filter((x) => x.problem)) {
      const step = r.c.steps[r.failedStep]!;
      const answer = r.answers[r.failedStep]!;
      console.log(`✗ ${r.c.id} [${r.c.category}] step ${r.failedStep + 1}: ${step.say.slice(0, 100)}\n    → ${r.problem}${verbose ? `\n    ${answer.text.replace(/\n/g, ' ⏎ ').slice(0, 300)}` : ''}`);
    }
    continue;
  }
  const results = await runKnowledgeCases(assistant, loadKnowledgeCases(file));
  const summary = summarise(results);
  console.log(`${file}: ${summary.right}/${summary.total} = ${(100 * summary.score).toFixed(1)} %`);
  console.log(JSON.stringify(summary.byCategory));
  for (const r of results.filter((x) => x.problem)) {
    console.log(`✗ ${r.c.id} [${r.c.category}/${r.c.expect}] ${r.c.question.slice(0, 140)}\n    → ${r.problem}${verbose ? `\n    ${r.answer.text.replace(/\n/g, ' ⏎ ').slice(0, 400)}` : ''}`);
  }
}
await rm(dir, { recursive: true, force: true });
