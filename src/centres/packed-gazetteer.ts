import type { GazetteerArea, GazetteerArrondissement } from './gazetteer.js';
import type { PackedStrings } from './packed-strings.js';

/**
 * The gazetteer as loaded at start: a {@link Gazetteer} stored column-wise (typed arrays and a few long strings)
 * instead of ~40,000 records of small strings and arrays, so that it adds almost nothing for the garbage collector
 * to walk. Record `i`'s text is `text.slice(start[i], start[i + 1])`.
 */
export interface PackedGazetteer {
  /** Cache key: format version, package version and centres file signature. */
  key: string;
  communes: CommuneColumns;
  /** Lookup keys of the commune names (see `placeKey`): only needed to build the index, so kept apart. */
  communeKeys: PackedStrings;
  formers: FormerColumns;
  /** Lookup keys of the former communes' names. */
  formerKeys: PackedStrings;
  /** Only 45: kept as records. */
  arrondissements: GazetteerArrondissement[];
  epcis: EpciColumns;
  departements: GazetteerArea[];
  regions: GazetteerArea[];
}

/** The current communes, one entry per commune in every column. */
export interface CommuneColumns {
  length: number;
  /** INSEE codes (see `inseeNumber`). */
  insee: Int32Array;
  names: PackedStrings;
  /** Index into `depCodes`. */
  dep: Uint16Array;
  depCodes: string[];
  /** Index into `regionCodes`. */
  region: Uint16Array;
  regionCodes: string[];
  population: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Commune `i`'s postal codes (numbers) are `postcodes[postcodeStart[i]..postcodeStart[i + 1]]`. */
  postcodeStart: Int32Array;
  postcodes: Int32Array;
  /** SIREN of the commune's EPCI (see `sirenNumber`), or -1. */
  epci: Int32Array;
}

/** Communes déléguées / associées. */
export interface FormerColumns {
  length: number;
  insee: Int32Array;
  names: PackedStrings;
  /** INSEE code of the current commune (see `inseeNumber`). */
  current: Int32Array;
  /** 1 for a commune déléguée, 0 for a commune associée. */
  deleguee: Uint8Array;
}

/** Intercommunalities (about 1,250: their few strings are kept as they are). */
export interface EpciColumns {
  length: number;
  siren: string[];
  name: string[];
  type: string[];
  /** EPCI `i`'s member communes (indices into the communes) are `members[memberStart[i]..memberStart[i + 1]]`. */
  memberStart: Int32Array;
  members: Int32Array;
}
