/**
 * Prints the held-out (and dev) evaluation with every failure: `node --import tsx test/evaluation/report.ts [set…]`.
 * The gate itself is in heldout.int.test.ts; this is for reading.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAssistant } from '../../src/compose/build-assistant.js';
import { configSchema } from '../../src/config.js';
import { silentLogger } from '../../src/logging/logger.js';
import { loadKnowledgeCases, runKnowledgeCases, summarise } from './run-knowledge-set.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const dir = await mkdtemp(path.join(tmpdir(), 'cnam-report-'));
const config = configSchema.parse({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
const assistant = await buildAssistant({ logger: silentLogger(), config, validate: true });
for (const file of files.length ? files : ['heldout-knowledge-a.json', 'heldout-knowledge-b.json']) {
  const results = await runKnowledgeCases(assistant, loadKnowledgeCases(file));
  const summary = summarise(results);
  console.log(`${file}: ${summary.right}/${summary.total} = ${(100 * summary.score).toFixed(1)} %`);
  console.log(JSON.stringify(summary.byCategory));
  for (const r of results.filter((x) => x.problem)) {
    console.log(`✗ ${r.c.id} [${r.c.category}/${r.c.expect}] ${r.c.question.slice(0, 140)}\n    → ${r.problem}${verbose ? `\n    ${r.answer.text.replace(/\n/g, ' ⏎ ').slice(0, 400)}` : ''}`);
  }
}
