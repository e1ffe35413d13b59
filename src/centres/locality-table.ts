import { inseeNumber, inseeText, sirenText } from './insee-code.js';
import type { Locality } from './locality.js';
import type { CommuneColumns, FormerColumns, PackedGazetteer } from './packed-gazetteer.js';
import { packedAt } from './packed-strings.js';
import type { GazetteerArrondissement } from './gazetteer.js';

/**
 * Every locality of the gazetteer, addressed by a number ("ref"): the communes first, then the arrondissements,
 * then the former communes. A {@link Locality} object is only made when asked for, so the tens of thousands of
 * them are not kept alive between questions; two calls give equal, not identical, objects.
 */
export class LocalityTable {
  /** Number of current communes: refs `0..communeCount - 1`. */
  readonly communeCount: number;
  private readonly communes: CommuneColumns;
  /** Arrondissements whose commune is known, with its ref. */
  private readonly arrondissements: GazetteerArrondissement[] = [];
  private readonly arrondissementParent: number[] = [];
  private readonly formers: FormerColumns;
  /** Ref of each former commune's current commune, or -1. */
  private readonly formerCurrent: Int32Array;
  /** Commune and arrondissement INSEE codes, sorted, and their refs: a binary search instead of a 35k-entry Map. */
  private sortedCodes = new Int32Array(0);
  private sortedRefs = new Int32Array(0);

  constructor(g: PackedGazetteer) {
    this.communes = g.communes;
    this.communeCount = g.communes.length;
    this.formers = g.formers;
    const codes = Array.from(g.communes.insee);
    // Communes first: the arrondissements' communes are looked up in them.
    this.index(codes);
    for (const a of g.arrondissements) {
      const parent = this.refOf(a.parent);
      if (parent < 0) continue;
      this.arrondissements.push(a);
      this.arrondissementParent.push(parent);
      codes.push(inseeNumber(a.insee));
    }
    this.index(codes);
    this.formerCurrent = new Int32Array(g.formers.length);
    for (let f = 0; f < g.formers.length; f++) this.formerCurrent[f] = this.refOfNumber(g.formers.current[f]!);
  }

  /** Number of communes and arrondissements (what {@link get} finds). */
  get size(): number {
    return this.communeCount + this.arrondissements.length;
  }

  /** Ref of the first arrondissement (arrondissement `j` is `arrondissementRef + j`). */
  get arrondissementRef(): number {
    return this.communeCount;
  }

  /** Number of arrondissements whose commune is known. */
  get arrondissementCount(): number {
    return this.arrondissements.length;
  }

  /** Ref of former commune `f`. */
  formerRef(f: number): number {
    return this.communeCount + this.arrondissements.length + f;
  }

  /** Ref of the current commune of former commune `f` (-1 when unknown). */
  formerCurrentRef(f: number): number {
    return this.formerCurrent[f]!;
  }

  /** The arrondissement record at ref `ref`. */
  arrondissementAt(ref: number): GazetteerArrondissement {
    return this.arrondissements[ref - this.communeCount]!;
  }

  /** Ref of a commune's or arrondissement's INSEE code, or -1. */
  refOf(insee: string): number {
    const n = inseeNumber(insee);
    return n < 0 ? -1 : this.refOfNumber(n);
  }

  /** The commune or arrondissement of INSEE code `insee` (what the `communeByInsee` Map gave). */
  get(insee: string): Locality | undefined {
    const ref = this.refOf(insee);
    return ref < 0 ? undefined : this.locality(ref);
  }

  has(insee: string): boolean {
    return this.refOf(insee) >= 0;
  }

  /** Every commune, then every arrondissement. Makes one object per locality: for tools, not for questions. */
  *values(): IterableIterator<Locality> {
    for (let ref = 0; ref < this.size; ref++) yield this.locality(ref);
  }

  /** Population of the locality at `ref`, without making it. */
  population(ref: number): number {
    if (ref < this.communeCount) return this.communes.population[ref]!;
    if (ref < this.formerRef(0)) return this.arrondissementAt(ref).population;
    return this.population(this.formerCurrent[ref - this.formerRef(0)]!);
  }

  /** The locality at `ref`. */
  locality(ref: number): Locality {
    if (ref < this.communeCount) return this.commune(ref);
    if (ref < this.formerRef(0)) {
      const a = this.arrondissementAt(ref);
      const parent = this.arrondissementParent[ref - this.communeCount]!;
      return { ...this.commune(parent), insee: a.insee, name: a.name, population: a.population, lat: a.lat, lon: a.lon, parent: a.parent };
    }
    const f = ref - this.formerRef(0);
    const { formers } = this;
    return {
      ...this.locality(this.formerCurrent[f]!),
      former: { name: packedAt(formers.names, f), insee: inseeText(formers.insee[f]!), type: formers.deleguee[f] ? 'deleguee' : 'associee' },
    };
  }

  /** Postal codes (numbers) of commune `i`. */
  communePostcodes(i: number): Int32Array {
    return this.communes.postcodes.subarray(this.communes.postcodeStart[i]!, this.communes.postcodeStart[i + 1]!);
  }

  /** Commune `i` as a locality, with its postal codes (shown to tell homonyms apart). */
  private commune(i: number): Locality {
    const c = this.communes;
    const postcodes: string[] = [];
    for (let p = c.postcodeStart[i]!; p < c.postcodeStart[i + 1]!; p++) postcodes.push(String(c.postcodes[p]).padStart(5, '0'));
    const locality: Locality & { postcodes: string[] } = {
      insee: inseeText(c.insee[i]!), name: packedAt(c.names, i), dep: c.depCodes[c.dep[i]!]!, region: c.regionCodes[c.region[i]!]!,
      population: c.population[i]!, postcodes, lat: c.lat[i]!, lon: c.lon[i]!,
    };
    if (c.epci[i]! >= 0) locality.epci = sirenText(c.epci[i]!);
    return locality;
  }

  private index(codes: readonly number[]): void {
    const refs = codes.map((_, ref) => ref);
    // Stable by ref: with a repeated code the last ref wins, as a later Map.set did.
    refs.sort((a, b) => codes[a]! - codes[b]! || a - b);
    this.sortedCodes = Int32Array.from(refs, (ref) => codes[ref]!);
    this.sortedRefs = Int32Array.from(refs);
  }

  private refOfNumber(n: number): number {
    const codes = this.sortedCodes;
    let lo = 0;
    let hi = codes.length;
    // Upper bound: the last entry of code `n`.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (codes[mid]! <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && codes[lo - 1] === n ? this.sortedRefs[lo - 1]! : -1;
  }
}
