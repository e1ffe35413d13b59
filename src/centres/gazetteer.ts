/**
 * The compact gazetteer: every current French commune with what the centre finder needs
 * (name, département, population, postal codes, commune centre), plus former communes,
 * Paris/Lyon/Marseille arrondissements, intercommunalities (EPCI), départements and regions.
 * Built once from `@etalab/decoupage-administratif` and the commune-centres CSV, cached as text (gazetteer-codec.ts);
 * this record form is only built and written: at start the cache is read column-wise (see `PackedGazetteer`).
 */
export interface Gazetteer {
  /** Cache key: format version, package version and centres file signature. */
  key: string;
  communes: GazetteerCommune[];
  /** Communes déléguées / associées, pointing to their current commune. */
  formers: GazetteerFormer[];
  arrondissements: GazetteerArrondissement[];
  epcis: GazetteerEpci[];
  departements: GazetteerArea[];
  regions: GazetteerArea[];
}

/** A current commune (`commune-actuelle`). */
export interface GazetteerCommune {
  insee: string;
  name: string;
  /** Precomputed lookup key of the name (see `placeKey`). */
  key: string;
  /** Département code, e.g. "52", "2A", "971". */
  dep: string;
  /** Region code. */
  region: string;
  population: number;
  postcodes: string[];
  lat: number;
  lon: number;
  /** SIREN of the EPCI the commune belongs to, when any. */
  epci?: string;
}

/** A former commune (commune déléguée or associée) and the current commune it belongs to. */
export interface GazetteerFormer {
  insee: string;
  name: string;
  /** Precomputed lookup key of the name. */
  key: string;
  /** INSEE code of the current commune. */
  current: string;
  type: 'deleguee' | 'associee';
}

/** A municipal arrondissement of Paris, Lyon or Marseille. */
export interface GazetteerArrondissement {
  insee: string;
  /** Official name, e.g. "Paris 13e Arrondissement". */
  name: string;
  /** Ordinal number of the arrondissement (1..20). */
  number: number;
  /** INSEE code of the whole commune (75056, 69123, 13055). */
  parent: string;
  postcodes: string[];
  population: number;
  lat: number;
  lon: number;
}

/** An intercommunality (EPCI à fiscalité propre). */
export interface GazetteerEpci {
  siren: string;
  name: string;
  /** CC, CA, CU or METRO. */
  type: string;
  members: string[];
}

/** A département or a region. */
export interface GazetteerArea {
  code: string;
  name: string;
  /** INSEE code of its chef-lieu (préfecture). */
  chefLieu: string;
  /** For départements: the region code. */
  region?: string;
}
