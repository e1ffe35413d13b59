import path from 'node:path';
import { knowledgeCoverage } from '../knowledge/coverage.js';
import { KnowledgeError } from '../knowledge/knowledge-error.js';
import { KNOWLEDGE_DIR } from '../knowledge/paths.js';
import { formatProblem } from '../knowledge/problem.js';

/**
 * `npm run knowledge:coverage [dir]`: prints, in Markdown, the sites of `sites/sites.csv` by région × call ×
 * status, the regional centre known in each région, and the directory against the totals the knowledge
 * announces (towns of 2019, labels of 2021, regional centres, teaching places), each with the sentence and
 * sources that announce it. Exits 1 when the knowledge does not load (run `npm run knowledge:check`).
 */
async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? KNOWLEDGE_DIR);
  try {
    process.stdout.write(await knowledgeCoverage(dir));
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      for (const p of error.problems) process.stderr.write(`${formatProblem(p, path.relative(process.cwd(), p.file))}\n`);
      process.stderr.write('knowledge:coverage: the knowledge does not load; run npm run knowledge:check\n');
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`knowledge:coverage failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
