import type { Gazetteer, GazetteerArea, GazetteerEpci } from './gazetteer.js';
import type { Locality } from './locality.js';
import { placeKey } from './place-tokens.js';
import { REGION_ALIASES } from './region-aliases.js';

/** How a key reached a locality; lower is more direct. */
export const MatchRank = { Exact: 0, WithoutArticle: 1, Former: 2, ShortForm: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export interface LocalityEntry {
  locality: Locality;
  rank: MatchRank;
}

export interface EpciEntry {
  epci: GazetteerEpci;
  /** True when the key carries an intercommunality word ("CA", "agglomération"…): no confusion with a commune. */
  explicit: boolean;
}

/** Lookup tables over the gazetteer, built once at start. */
export interface PlaceIndex {
  localities: Map<string, LocalityEntry[]>;
  epcis: Map<string, EpciEntry[]>;
  departements: Map<string, GazetteerArea>;
  departementByCode: Map<string, GazetteerArea>;
  regions: Map<string, GazetteerArea>;
  regionByCode: Map<string, GazetteerArea>;
  postcodes: Map<string, Locality[]>;
  communeByInsee: Map<string, Locality>;
  epciBySiren: Map<string, GazetteerEpci>;
  /** Locality keys grouped by first letter and length ({@link fuzzyBucket}), for bounded typo search. */
  fuzzyBuckets: Map<number, string[]>;
  /** Longest key, in words. */
  maxWords: number;
}

/** Longest name looked up, in words ("Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson" has 8). */
const MAX_WORDS = 8;

/** Bucket number of a key in {@link PlaceIndex.fuzzyBuckets}. */
export function fuzzyBucket(firstCharCode: number, length: number): number {
  return firstCharCode * 128 + length;
}

const ARTICLE = /^(le|la|les|l) /;
/** Words after which a compound name may be shortened: "Saint-Dié(-des-Vosges)", "Châlons(-en-Champagne)". */
const CONNECTOR = / (sur|en|les|lez|de|des|du|d|sous|aux|au|a|la|le) /;
const EPCI_PREFIX = /^(cc|ca|cu|metropole|communaute (de communes|d agglomeration|urbaine)|agglomeration|agglo)( (du|de la|de l|des|de|d|l))? /;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookup tables (≈ 40 ms for all French communes). */
export function createPlaceIndex(g: Gazetteer): PlaceIndex {
  const localities = new Map<string, LocalityEntry[]>();
  const communeByInsee = new Map<string, Locality>();
  const postcodes = new Map<string, Locality[]>();
  const add = (key: string, locality: Locality, rank: MatchRank) => {
    const list = localities.get(key);
    if (!list) localities.set(key, [{ locality, rank }]);
    else if (!list.some((e) => e.locality === locality)) list.push({ locality, rank });
  };

  for (const c of g.communes) {
    // A commune record already has the Locality shape: shared, not copied (35k objects).
    const locality: Locality = c;
    communeByInsee.set(c.insee, locality);
    const key = c.key;
    add(key, locality, MatchRank.Exact);
    if (key.indexOf(' ') < 0) continue;
    if (key.charCodeAt(0) === 108 /* l */ && ARTICLE.test(key)) add(key.replace(ARTICLE, ''), locality, MatchRank.WithoutArticle);
    const connector = CONNECTOR.exec(key);
    if (connector && connector.index > 0) {
      const head = key.slice(0, connector.index);
      if (head.length >= 5) add(head.replace(ARTICLE, ''), locality, MatchRank.ShortForm);
    }
  }
  const arrondissementCodes = new Set<string>();
  for (const a of g.arrondissements) {
    const parent = communeByInsee.get(a.parent);
    if (!parent) continue;
    const city = placeKey(parent.name);
    const locality: Locality = { ...parent, insee: a.insee, name: a.name, population: a.population, lat: a.lat, lon: a.lon, parent: a.parent };
    communeByInsee.set(a.insee, locality);
    for (const key of [`${city} ${a.number}`, `${city} ${a.number} arrondissement`, `${a.number} arrondissement ${city}`, `${a.number} arrondissement de ${city}`, placeKey(a.name)]) {
      add(key, locality, MatchRank.Exact);
    }
    for (const p of a.postcodes) {
      push(postcodes, p, locality);
      arrondissementCodes.add(p);
    }
  }
  for (const c of g.communes) {
    const locality = communeByInsee.get(c.insee)!;
    for (const p of c.postcodes) if (!arrondissementCodes.has(p)) push(postcodes, p, locality);
  }
  for (const f of g.formers) {
    const current = communeByInsee.get(f.current);
    if (!current || f.insee === f.current) continue;
    const key = f.key;
    if (key === (current as { key?: string }).key) continue;
    const locality: Locality = { ...current, former: { name: f.name, insee: f.insee, type: f.type } };
    add(key, locality, MatchRank.Former);
    if (ARTICLE.test(key)) add(key.replace(ARTICLE, ''), locality, MatchRank.Former);
  }

  const epcis = new Map<string, EpciEntry[]>();
  const epciBySiren = new Map<string, GazetteerEpci>();
  for (const e of g.epcis) {
    epciBySiren.set(e.siren, e);
    const full = placeKey(e.name);
    push(epcis, full, { epci: e, explicit: true });
    const stripped = full.replace(EPCI_PREFIX, '').replace(ARTICLE, '');
    const bare = stripped.replace(/ (agglomeration|agglo|metropole|communaute)$/, '');
    for (const key of new Set([stripped, bare])) {
      if (key === full || key.length < 4) continue;
      const explicit = /\b(agglomeration|agglo|metropole|communaute)\b/.test(key);
      push(epcis, key, { epci: e, explicit });
    }
  }

  const departements = new Map<string, GazetteerArea>();
  const departementByCode = new Map<string, GazetteerArea>();
  for (const d of g.departements) {
    const key = placeKey(d.name);
    departements.set(key, d);
    departements.set(key.replace(ARTICLE, ''), d);
    departementByCode.set(d.code.toLowerCase(), d);
  }
  const regions = new Map<string, GazetteerArea>();
  const regionByCode = new Map<string, GazetteerArea>();
  for (const r of g.regions) {
    regions.set(placeKey(r.name), r);
    regionByCode.set(r.code, r);
  }
  for (const [alias, code] of Object.entries(REGION_ALIASES)) {
    const region = regionByCode.get(code);
    if (region) regions.set(placeKey(alias), region);
  }

  const fuzzyBuckets = new Map<number, string[]>();
  for (const [key, entries] of localities) {
    if (key.length < 5 || entries[0]!.rank === MatchRank.ShortForm) continue;
    push(fuzzyBuckets, fuzzyBucket(key.charCodeAt(0), key.length), key);
  }
  return { localities, epcis, departements, departementByCode, regions, regionByCode, postcodes, communeByInsee, epciBySiren, fuzzyBuckets, maxWords: MAX_WORDS };
}
