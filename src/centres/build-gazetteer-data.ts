import { readFileSync } from 'node:fs';
import type { Gazetteer, GazetteerArea, GazetteerArrondissement, GazetteerCommune, GazetteerEpci, GazetteerFormer } from './gazetteer.js';
import { etalabDataFile } from './etalab-files.js';
import { placeKey } from './place-tokens.js';

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
  codesPostaux?: string[];
  chefLieu?: string;
  commune?: string;
}

interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: Array<{ code: string }>;
}

interface RawArea {
  code: string;
  nom: string;
  chefLieu: string;
  region?: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Parses `code_insee,lat,lon` lines into a map. */
export function parseCommuneCentres(csv: string): Map<string, { lat: number; lon: number }> {
  const centres = new Map<string, { lat: number; lon: number }>();
  for (const line of csv.split('\n').slice(1)) {
    const [code, lat, lon] = line.trim().split(',');
    if (!code || !lat || !lon) continue;
    centres.set(code, { lat: Number(lat), lon: Number(lon) });
  }
  return centres;
}

/**
 * Builds the compact gazetteer from `@etalab/decoupage-administratif` and the commune-centres CSV.
 * Takes ~0.5 s and ~100 MB once; the result is cached by {@link loadGazetteer}.
 * @param key cache key stored in the result.
 * @param centresCsv contents of `communes-centres.csv`.
 */
export function buildGazetteerData(key: string, centresCsv: string): Gazetteer {
  const centres = parseCommuneCentres(centresCsv);
  const raw = readJson<RawCommune[]>(etalabDataFile('communes.json'));
  const rawEpcis = readJson<RawEpci[]>(etalabDataFile('epci.json'));
  const epciOf = new Map<string, string>();
  const epcis: GazetteerEpci[] = rawEpcis.map((e) => {
    const members = e.membres.map((m) => m.code);
    for (const m of members) epciOf.set(m, e.code);
    return { siren: e.code, name: e.nom, type: e.type, members };
  });

  const communes: GazetteerCommune[] = [];
  const formers: GazetteerFormer[] = [];
  const arrondissements: GazetteerArrondissement[] = [];
  for (const c of raw) {
    const centre = centres.get(c.code);
    if (c.type === 'commune-actuelle') {
      if (!centre) continue; // no coordinates: cannot measure distances (none in the 2025 data)
      const commune: GazetteerCommune = {
        insee: c.code,
        name: c.nom,
        key: placeKey(c.nom),
        dep: c.departement ?? '',
        region: c.region ?? '',
        population: c.population ?? 0,
        postcodes: c.codesPostaux ?? [],
        lat: centre.lat,
        lon: centre.lon,
      };
      const epci = epciOf.get(c.code);
      if (epci) commune.epci = epci;
      communes.push(commune);
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      formers.push({ insee: c.code, name: c.nom, key: placeKey(c.nom), current: c.chefLieu, type: c.type === 'commune-deleguee' ? 'deleguee' : 'associee' });
    } else if (c.type === 'arrondissement-municipal' && c.commune && centre) {
      const number = Number(/(\d+)/.exec(c.nom.replace(/^\D+/, ''))?.[1] ?? '0');
      arrondissements.push({
        insee: c.code,
        name: c.nom,
        number,
        parent: c.commune,
        postcodes: c.codesPostaux ?? [],
        population: c.population ?? 0,
        lat: centre.lat,
        lon: centre.lon,
      });
    }
  }
  const toArea = (a: RawArea): GazetteerArea => ({ code: a.code, name: a.nom, chefLieu: a.chefLieu, ...(a.region ? { region: a.region } : {}) });
  return {
    key,
    communes,
    formers,
    arrondissements,
    epcis,
    departements: readJson<RawArea[]>(etalabDataFile('departements.json')).map(toArea),
    regions: readJson<RawArea[]>(etalabDataFile('regions.json')).map(toArea),
  };
}
