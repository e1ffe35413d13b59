import { EpciTable } from './epci-table.js';
import { FuzzyBuckets } from './fuzzy-buckets.js';
import type { GazetteerArea, GazetteerEpci } from './gazetteer.js';
import { KeyedPostings, KeyedPostingsBuilder } from './keyed-postings.js';
import type { Locality } from './locality.js';
import { LocalityTable } from './locality-table.js';
import type { PackedGazetteer } from './packed-gazetteer.js';
import { packedAt } from './packed-strings.js';
import { placeKey } from './place-tokens.js';
import { PostcodeTable } from './postcode-table.js';
import { REGION_ALIASES } from './region-aliases.js';

export { fuzzyBucket } from './fuzzy-buckets.js';

/** How a key reached a locality; lower is more direct. */
export const MatchRank = { Exact: 0, WithoutArticle: 1, Former: 2, ShortForm: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export interface LocalityEntry {
  /** Made on first use: a key such as "saint martin" lists hundreds of localities, of which few are looked at. */
  readonly locality: Locality;
  readonly rank: MatchRank;
  /** The locality's population, read without making it. */
  readonly population: number;
}

/** A {@link LocalityEntry} whose locality is made when first read. */
class LazyLocalityEntry implements LocalityEntry {
  private made: Locality | undefined;
  constructor(private readonly table: LocalityTable, private readonly ref: number, readonly rank: MatchRank) {}
  get locality(): Locality {
    return (this.made ??= this.table.locality(this.ref));
  }
  get population(): number {
    return this.table.population(this.ref);
  }
}

export interface EpciEntry {
  epci: GazetteerEpci;
  /** True when the key carries an intercommunality word ("CA", "agglomération"…): no confusion with a commune. */
  explicit: boolean;
}

/** Read side of a Map whose values are made on each lookup (see {@link KeyedLookup}). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/** Lookup tables over the gazetteer, built once at start; packed so the heap stays small (see each table). */
export interface PlaceIndex {
  /**
   * Words the knowledge itself uses (« Malboire », a building in Chaumont): what they are, never a typo of a commune.
   * Set by the finder's loader from the documents.
   */
  knowledgeWords?: ReadonlySet<string>;
  localities: Lookup<LocalityEntry[]>;
  epcis: Lookup<EpciEntry[]>;
  departements: Map<string, GazetteerArea>;
  departementByCode: Map<string, GazetteerArea>;
  regions: Map<string, GazetteerArea>;
  regionByCode: Map<string, GazetteerArea>;
  postcodes: PostcodeTable;
  /** Communes and arrondissements by INSEE code. */
  communeByInsee: LocalityTable;
  /** Locality keys, by {@link localities} key id, grouped for bounded typo search. */
  fuzzy: FuzzyBuckets;
  /** The packed keys of {@link localities}: the typo search reads candidates in place. */
  localityKeys: KeyedPostings;
  /** Entries of locality key `id` (see {@link localityKeys}). */
  localityEntries(id: number): LocalityEntry[];
  /** Longest key, in words. */
  maxWords: number;
}

/** Longest name looked up, in words ("Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson" has 8). */
const MAX_WORDS = 8;

const ARTICLE = /^(le|la|les|l) /;
/** Words after which a compound name may be shortened: "Saint-Dié(-des-Vosges)", "Châlons(-en-Champagne)". */
const CONNECTOR = / (sur|en|les|lez|de|des|du|d|sous|aux|au|a|la|le) /;
const EPCI_PREFIX = /^(cc|ca|cu|metropole|communaute (de communes|d agglomeration|urbaine)|agglomeration|agglo)( (du|de la|de l|des|de|d|l))? /;

/** A Map-like view of packed postings whose values are made per lookup by `make(id)`. */
class KeyedLookup<V> implements Lookup<V> {
  constructor(private readonly postings: KeyedPostings, private readonly make: (id: number) => V) {}
  get size(): number {
    return this.postings.size;
  }
  get(key: string): V | undefined {
    const id = this.postings.id(key);
    return id < 0 ? undefined : this.make(id);
  }
  has(key: string): boolean {
    return this.postings.id(key) >= 0;
  }
  keys(): IterableIterator<string> {
    return this.postings.keys();
  }
}

/** Builds the lookup tables (≈ 40 ms for all French communes). */
export function createPlaceIndex(g: PackedGazetteer): PlaceIndex {
  const table = new LocalityTable(g);
  const localityKeys = localityPostings(g, table);
  const localityEntries = (id: number): LocalityEntry[] => {
    const entries: LocalityEntry[] = [];
    for (let i = localityKeys.postingStart[id]!; i < localityKeys.postingStart[id + 1]!; i++) {
      entries.push(new LazyLocalityEntry(table, localityKeys.values[i]!, localityKeys.tags[i] as MatchRank));
    }
    return entries;
  };

  const epciTable = new EpciTable(g.epcis, g.communes);
  const epciKeys = epciPostings(g);
  const epciEntries = (id: number): EpciEntry[] => {
    const entries: EpciEntry[] = [];
    for (let i = epciKeys.postingStart[id]!; i < epciKeys.postingStart[id + 1]!; i++) {
      entries.push({ epci: epciTable.epci(epciKeys.values[i]!), explicit: epciKeys.tags[i] === 1 });
    }
    return entries;
  };

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

  const fuzzy = new FuzzyBuckets(
    localityKeys,
    // A key is searched when some locality has it as its own name (not only as the head of longer names): « belfort »
    // is Belfort even though Belfort-du-Quercy, listed first, has it as a short form.
    (id) => {
      if (localityKeys.keyLength(id) < 5) return false;
      for (let i = localityKeys.postingStart[id]!; i < localityKeys.postingStart[id + 1]!; i++) if (localityKeys.tags[i] !== MatchRank.ShortForm) return true;
      return false;
    },
  );
  return {
    localities: new KeyedLookup(localityKeys, localityEntries), epcis: new KeyedLookup(epciKeys, epciEntries),
    departements, departementByCode, regions, regionByCode, postcodes: postcodeTable(g, table), communeByInsee: table,
    fuzzy, localityKeys, localityEntries, maxWords: MAX_WORDS,
  };
}

/** Name keys → (locality ref, rank): communes, their article-less and short forms, arrondissements, former communes. */
function localityPostings(g: PackedGazetteer, table: LocalityTable): KeyedPostings {
  // Unique: a locality is listed once per key, under its most direct (first added) rank.
  const postings = new KeyedPostingsBuilder(true);
  const communeKey = (i: number) => packedAt(g.communeKeys, i);
  for (let i = 0; i < g.communes.length; i++) {
    const key = communeKey(i);
    postings.add(key, i, MatchRank.Exact);
    if (key.indexOf(' ') < 0) continue;
    if (key.charCodeAt(0) === 108 /* l */ && ARTICLE.test(key)) postings.add(key.replace(ARTICLE, ''), i, MatchRank.WithoutArticle);
    const connector = CONNECTOR.exec(key);
    if (connector && connector.index > 0) {
      const head = key.slice(0, connector.index);
      if (head.length >= 5) postings.add(head.replace(ARTICLE, ''), i, MatchRank.ShortForm);
    }
  }
  for (let j = 0; j < table.arrondissementCount; j++) {
    const ref = table.arrondissementRef + j;
    const a = table.arrondissementAt(ref);
    const city = placeKey(packedAt(g.communes.names, table.refOf(a.parent)));
    for (const key of [`${city} ${a.number}`, `${city} ${a.number} arrondissement`, `${a.number} arrondissement ${city}`, `${a.number} arrondissement de ${city}`, placeKey(a.name)]) {
      postings.add(key, ref, MatchRank.Exact);
    }
  }
  for (let f = 0; f < g.formers.length; f++) {
    const current = table.formerCurrentRef(f);
    // A commune déléguée often keeps its commune nouvelle's INSEE code (Bellegarde-sur-Valserine, 01033, in
    // Valserhône): still a former name, indexed like the others unless it is the current name.
    if (current < 0) continue;
    const key = packedAt(g.formerKeys, f);
    // The current commune's own key (an arrondissement has its commune's).
    const currentCommune = current < table.communeCount ? current : table.refOf(table.arrondissementAt(current).parent);
    if (key === communeKey(currentCommune)) continue;
    const ref = table.formerRef(f);
    postings.add(key, ref, MatchRank.Former);
    if (ARTICLE.test(key)) postings.add(key.replace(ARTICLE, ''), ref, MatchRank.Former);
  }
  return postings.build();
}

/** EPCI name keys → (EPCI index, 1 when the key says it is an intercommunality). */
function epciPostings(g: PackedGazetteer): KeyedPostings {
  const postings = new KeyedPostingsBuilder(false);
  for (let e = 0; e < g.epcis.length; e++) {
    const name = g.epcis.name[e]!;
    const full = placeKey(name);
    postings.add(full, e, 1);
    // "CA Loire Forez Agglomération (LFA)": people write the name without its acronym.
    const withoutAcronym = placeKey(name.replace(/\s*\([^)]*\)\s*$/, ''));
    const stripped = withoutAcronym.replace(EPCI_PREFIX, '').replace(ARTICLE, '');
    const bare = stripped.replace(/ (agglomeration|agglo|metropole|communaute)$/, '');
    for (const key of new Set([withoutAcronym, stripped, bare])) {
      if (key === full || key.length < 4) continue;
      const explicit = key === withoutAcronym || /\b(agglomeration|agglo|metropole|communaute)\b/.test(key);
      postings.add(key, e, explicit ? 1 : 0);
    }
  }
  return postings.build();
}

/** Postal codes: an arrondissement's codes go to it alone, a commune's other codes to the commune. */
function postcodeTable(g: PackedGazetteer, table: LocalityTable): PostcodeTable {
  const pairs: Array<readonly [number, number]> = [];
  const arrondissementCodes = new Set<number>();
  for (let j = 0; j < table.arrondissementCount; j++) {
    const ref = table.arrondissementRef + j;
    for (const p of table.arrondissementAt(ref).postcodes) {
      pairs.push([Number(p), ref]);
      arrondissementCodes.add(Number(p));
    }
  }
  for (let i = 0; i < g.communes.length; i++) {
    for (const p of table.communePostcodes(i)) if (!arrondissementCodes.has(p)) pairs.push([p, i]);
  }
  return new PostcodeTable(table, pairs);
}
