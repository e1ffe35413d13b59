/**
 * `npm run build`: transpiles `src/**\/*.ts` to `dist/` (same tree, so paths resolved from `import.meta.url`
 * such as `../../knowledge` still point at the repository root) and copies the other files (pages, styles,
 * icons). `npm start` runs the result with plain Node: no TypeScript loader thread, a faster start and
 * ~40 MB less memory than running through tsx.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const started = performance.now();
rmSync(DIST, { recursive: true, force: true });
const files = filesUnder(SRC);
const sources = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
await build({
  entryPoints: sources,
  outdir: DIST,
  outbase: SRC,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const file of files.filter((f) => !f.endsWith('.ts'))) {
  cpSync(file, path.join(DIST, path.relative(SRC, file)));
}
process.stderr.write(`built ${sources.length} modules into dist/ in ${Math.round(performance.now() - started)} ms\n`);
