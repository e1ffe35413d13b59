import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'cnam-territoires-assistant';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} folder above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/**
 * The repository root (the folder of this project's package.json), found by walking up from this module, so that
 * `knowledge/`, static assets and the data folder resolve the same from `src/` (tsx, tests) and from the
 * single-file build `npm start` runs.
 */
export const PROJECT_ROOT = findRoot();

/** A path inside the repository. */
export function fromRoot(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
