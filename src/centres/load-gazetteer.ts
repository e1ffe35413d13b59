import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../project-root.js';
import { AppError } from '../core/errors.js';
import { COMMUNE_CENTRES_CSV } from '../knowledge/paths.js';
import { buildGazetteerData } from './build-gazetteer-data.js';
import { etalabVersion } from './etalab-files.js';
import { decodeGazetteer } from './decode-gazetteer.js';
import { encodeGazetteer, encodedGazetteerKey } from './gazetteer-codec.js';
import type { PackedGazetteer } from './packed-gazetteer.js';

/** Bump when the cache file's format changes, so old caches are rebuilt. */
const FORMAT_VERSION = 3;

/** Default cache file: `data/gazetteer.txt` at the repository root (git-ignored). */
export const GAZETTEER_CACHE = fromRoot('data', 'gazetteer.txt');

export interface LoadGazetteerOptions {
  /** Commune-centres CSV (default `knowledge/geo/communes-centres.csv`). */
  centresCsv?: string;
  /** Cache file (default {@link GAZETTEER_CACHE}). */
  cacheFile?: string;
  /** Rebuild even when the cache is fresh. */
  rebuild?: boolean;
}

export interface LoadedGazetteer {
  /** Column-wise, as kept in memory. */
  gazetteer: PackedGazetteer;
  /** True when the cache was missing or stale and has just been rebuilt. */
  rebuilt: boolean;
}

function readCentres(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('not_ready', `commune centres file missing: ${file} (copy of communes-centres.csv expected there)`, error);
  }
}

/**
 * Loads the gazetteer from its cache, rebuilding it when the cache is missing or stale
 * (keyed by the format version, the `@etalab/decoupage-administratif` version and a hash of the centres CSV).
 * Works offline right after `npm install`.
 */
export function loadGazetteer(options: LoadGazetteerOptions = {}): LoadedGazetteer {
  const centresFile = options.centresCsv ?? COMMUNE_CENTRES_CSV;
  const cacheFile = options.cacheFile ?? GAZETTEER_CACHE;
  const centresCsv = readCentres(centresFile);
  const hash = createHash('sha1').update(centresCsv).digest('hex').slice(0, 16);
  const key = `v${FORMAT_VERSION}|etalab@${etalabVersion()}|centres:${hash}`;
  if (!options.rebuild) {
    try {
      const cached = readFileSync(cacheFile, 'utf8');
      if (encodedGazetteerKey(cached) === key) return { gazetteer: decodeGazetteer(cached), rebuilt: false };
    } catch {
      // missing or unreadable cache: rebuild below
    }
  }
  const encoded = encodeGazetteer(buildGazetteerData(key, centresCsv));
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, encoded);
    renameSync(tmp, cacheFile);
  } catch {
    // read-only install: keep working from memory
  }
  // Decoded from the text just written: a rebuilt gazetteer is exactly what the next start will read.
  return { gazetteer: decodeGazetteer(encoded), rebuilt: true };
}
