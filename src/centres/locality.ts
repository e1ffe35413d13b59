/**
 * A place the finder can answer about: a current commune, a Paris/Lyon/Marseille arrondissement,
 * or a former commune resolved to its current commune.
 */
export interface Locality {
  /** INSEE code: the commune's, or the arrondissement's. */
  insee: string;
  /** Display name ("Chaumont", "Paris 13e Arrondissement"). */
  name: string;
  dep: string;
  region: string;
  population: number;
  lat: number;
  lon: number;
  epci?: string;
  /** For an arrondissement: the whole commune's INSEE code (sites anywhere in it count as "in town"). */
  parent?: string;
  /** Set when the user named a former commune (déléguée/associée) now part of this one. */
  former?: { name: string; insee: string; type: 'deleguee' | 'associee' };
}

/** Codes that count as "the same town" for a locality: itself and, for an arrondissement, the whole commune. */
export function townCodes(locality: Locality): string[] {
  return locality.parent ? [locality.insee, locality.parent] : [locality.insee];
}
