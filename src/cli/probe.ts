/**
 * Debugging aid: prints kind, confidence, text and citations of each question.
 *   node --import tsx src/cli/probe.ts "<question>" …
 *   --hits      also print the top 5 retrieved passages (document, heading, coverage, similarity)
 *   "a >> b"    asks b as a follow-up of a (same conversation)
 */
import { buildServices } from '../compose/build-assistant.js';
import { loadConfig } from '../config.js';
import type { Turn } from '../core/ask-context.js';
import { toQuestion } from '../core/question.js';
import { resolveFollowUp } from '../core/resolve-follow-up.js';
import { silentLogger } from '../logging/logger.js';

const args = process.argv.slice(2);
const showHits = args.includes('--hits');
const { assistant, retriever } = await buildServices({ logger: silentLogger(), config: loadConfig({}) });
for (const arg of args.filter((a) => a !== '--hits')) {
  let turns: Turn[] = [];
  for (const q of arg.split('>>').map((s) => s.trim())) {
    // The turns a channel would keep (with what the assistant asked), so that replies are read as replies.
    const { answer: r, turns: next } = await assistant.reply(q, { turns: [...turns] });
    console.log('Q:', q, '\n', r.kind, r.confidence.toFixed(2), '\n', r.text, '\n', r.citations.map((c) => `[${c.n}] ${c.publisher} ${c.date ?? ''}`).join(' | '), '\n');
    if (showHits) {
      const query = resolveFollowUp(toQuestion(q, { turns: [...turns] }));
      const hits = await retriever.search(query, Number(process.env.HITS ?? 5));
      for (const h of hits) console.log(`   ${h.score.toFixed(3)} match=${h.match.toFixed(2)} cov=${h.coverage.toFixed(2)} sim=${h.similarity.toFixed(2)} qcov=${(h.questionCoverage ?? 0).toFixed(2)} qsim=${(h.questionSimilarity ?? 0).toFixed(2)} ${h.documentId} › ${h.headingPath.at(-1)}`);
      console.log();
    }
    turns = next;
  }
}
