import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A current commune (`commune-actuelle`) of `@etalab/decoupage-administratif`. */
export interface CurrentCommune {
  code: string;
  nom: string;
  departement: string;
  region: string;
}

interface RawCommune extends Partial<CurrentCommune> {
  type?: string;
}

let cache: Map<string, CurrentCommune> | undefined;

/**
 * Current communes keyed by INSEE code, read from `@etalab/decoupage-administratif/data/communes.json`
 * (the package's main entry reads `./data` from the working directory and fails, so the file is read
 * directly). Cached after the first call.
 */
export function loadCurrentCommunes(): Map<string, CurrentCommune> {
  if (cache) return cache;
  const file = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawCommune[];
  cache = new Map();
  for (const c of raw) {
    if (c.type === 'commune-actuelle' && c.code && c.nom && c.departement && c.region) {
      cache.set(c.code, { code: c.code, nom: c.nom, departement: c.departement, region: c.region });
    }
  }
  return cache;
}

let regionCache: Map<string, string> | undefined;

/**
 * Région names keyed by code, from `@etalab/decoupage-administratif/data/regions.json`: the 18 régions
 * ("Grand Est", "La Réunion"…) and the overseas collectivities that stand as their own région ("Saint-Martin",
 * "Polynésie française"…). Cached after the first call.
 */
export function loadRegionNames(): Map<string, string> {
  if (regionCache) return regionCache;
  const file = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/regions.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Array<{ code?: string; nom?: string }>;
  regionCache = new Map(raw.filter((r) => r.code && r.nom).map((r) => [r.code!, r.nom!]));
  return regionCache;
}
