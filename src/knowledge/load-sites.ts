import { readFileSync } from 'node:fs';
import { KnowledgeError } from './knowledge-error.js';
import { SITES_CSV } from './paths.js';
import { inspectSites } from './private/inspect-sites.js';
import type { Site } from './site.js';

/**
 * Parses the text of `sites.csv`.
 * @param file used in problem messages only.
 * @throws KnowledgeError when the header or a row is invalid.
 */
export function parseSites(text: string, file: string): Site[] {
  const { rows, problems } = inspectSites(text, file);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return rows.map((r) => r.site);
}

/** Loads `knowledge/sites/sites.csv` (or `file`), validated by `siteSchema`. */
export function loadSites(file: string = SITES_CSV): Site[] {
  return parseSites(readFileSync(file, 'utf8'), file);
}
