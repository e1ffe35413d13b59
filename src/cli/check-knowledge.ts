import path from 'node:path';
import { checkKnowledge } from '../knowledge/check-knowledge.js';
import { loadDocuments } from '../knowledge/load-documents.js';
import { loadSites } from '../knowledge/load-sites.js';
import { KNOWLEDGE_DIR, knowledgePaths } from '../knowledge/paths.js';
import { formatProblem } from '../knowledge/problem.js';

/** Counts of each value, as "a 3, b 2". */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

/**
 * `npm run knowledge:check [dir]`: prints `file:line: message` for each problem on stderr and exits 1,
 * or prints a one-line summary and exits 0.
 */
async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? KNOWLEDGE_DIR);
  const problems = await checkKnowledge(dir);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p, path.relative(process.cwd(), p.file))}\n`);
    process.stderr.write(`knowledge:check: ${problems.length} problem(s)\n`);
    return 1;
  }
  const paths = knowledgePaths(dir);
  const documents = await loadDocuments(paths.docsDir);
  const sites = loadSites(paths.sitesCsv);
  const sources = new Set(documents.flatMap((d) => d.sources.map((s) => s.url)));
  // http stays the exception: only for publishers that serve no https.
  const http = [...sources].filter((u) => u.startsWith('http://')).length;
  process.stdout.write(
    `knowledge:check OK: ${documents.length} documents, ${sources.size} distinct sources (${http} in http), ${sites.length} sites` +
      ` (kind: ${tally(sites.map((s) => s.kind))}; wave: ${tally(sites.map((s) => s.wave))})\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`knowledge:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
