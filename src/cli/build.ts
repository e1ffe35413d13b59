/**
 * `npm run build` (run by `npm start`): bundles the service (`src/main.ts` and the packages it imports) into one
 * ES module, `dist/main.js`, run with plain Node. Compared with running the TypeScript sources through tsx it
 * starts about 0.2 s sooner (one file to read instead of ~1,500 modules to resolve) and uses ~40 MB less memory
 * (no TypeScript loader thread). Files are still found from the repository root (`src/project-root.ts`).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * Left to Node's resolver: native addons, packages that read their own files at run time (Etalab's data, Web
 * Chat's browser bundle) and optional native probes.
 */
const EXTERNAL = [
  'hnswlib-node',
  'better-sqlite3',
  '@etalab/decoupage-administratif',
  'botframework-webchat',
  'dtrace-provider',
  // Loaded only when configured (an LLM provider, DATABASE_URL): not parsed at every start.
  '@langchain/openai',
  '@langchain/ollama',
  'pg',
  'pg-native',
];

const started = performance.now();
const outfile = path.join(PROJECT_ROOT, 'dist', 'main.js');

/** Newest modification time among the inputs of the bundle: the sources and the installed packages' lock. */
function newestInput(): number {
  const files = readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  files.push(path.join(PROJECT_ROOT, 'package-lock.json'), path.join(PROJECT_ROOT, 'node_modules', '.package-lock.json'));
  return Math.max(...files.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

const built = statSync(outfile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (!process.argv.includes('--force') && built > newestInput()) {
  process.stderr.write('dist/main.js is up to date\n');
  process.exit(0);
}
rmSync(path.dirname(outfile), { recursive: true, force: true });
await build({
  entryPoints: [path.join(PROJECT_ROOT, 'src', 'main.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  external: EXTERNAL,
  // CommonJS packages inside an ES module bundle still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { dirname as __pathDirname } from 'node:path';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join('\n'),
  },
  logLevel: 'error',
});
process.stderr.write(`built dist/main.js in ${Math.round(performance.now() - started)} ms\n`);
