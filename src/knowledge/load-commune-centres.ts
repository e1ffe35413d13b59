import { readFileSync } from 'node:fs';
import { KnowledgeError } from './knowledge-error.js';
import { COMMUNE_CENTRES_CSV } from './paths.js';
import type { Problem } from './problem.js';

/** WGS84 point of a commune's centre (see knowledge/geo/README.md for what "centre" means). */
export interface CommuneCentre {
  lat: number;
  lon: number;
}

const HEADER = 'code_insee,lat,lon';
const CODE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * Parses `code_insee,lat,lon` text into a map keyed by INSEE code. Hand-rolled split: the file has no
 * quoting, and this runs at server start (~35,000 rows).
 * @throws KnowledgeError naming the first bad lines.
 */
export function parseCommuneCentres(text: string, file: string): Map<string, CommuneCentre> {
  const centres = new Map<string, CommuneCentre>();
  const problems: Problem[] = [];
  const lines = text.split('\n');
  if ((lines[0] ?? '').replace(/^\uFEFF/, '').trimEnd() !== HEADER) {
    throw new KnowledgeError([{ file, line: 1, message: `header must be "${HEADER}"` }]);
  }
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line === '') continue;
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    const code = line.slice(0, first);
    const lat = Number(line.slice(first + 1, second));
    const lon = Number(line.slice(second + 1));
    if (first < 0 || second < 0 || !CODE.test(code) || !Number.isFinite(lat) || !Number.isFinite(lon)
      || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      problems.push({ file, line: i + 1, message: `expected "code_insee,lat,lon", got "${line}"` });
      if (problems.length >= 20) break;
      continue;
    }
    centres.set(code, { lat, lon });
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return centres;
}

/** Loads `knowledge/geo/communes-centres.csv` (or `file`): INSEE code → centre. */
export function loadCommuneCentres(file: string = COMMUNE_CENTRES_CSV): Map<string, CommuneCentre> {
  return parseCommuneCentres(readFileSync(file, 'utf8'), file);
}
