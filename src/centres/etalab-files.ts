import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Absolute path of a data file of `@etalab/decoupage-administratif`.
 * Its main entry reads `./data` relative to the working directory and fails, so the data files are resolved directly.
 */
export function etalabDataFile(name: 'communes.json' | 'epci.json' | 'departements.json' | 'regions.json'): string {
  return require.resolve(`@etalab/decoupage-administratif/data/${name}`);
}

/** Installed version of `@etalab/decoupage-administratif` (part of the gazetteer cache key). */
export function etalabVersion(): string {
  const pkg = path.join(path.dirname(etalabDataFile('communes.json')), '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}
