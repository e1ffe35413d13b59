import type { Gazetteer, GazetteerCommune } from './gazetteer.js';
import { inseeText, sirenText } from './insee-code.js';
import type { PackedGazetteer } from './packed-gazetteer.js';
import { packedAt } from './packed-strings.js';

/**
 * The record form of a packed gazetteer (the inverse of packing). For tools and tests: it makes one object per
 * record, which is what the packed form avoids keeping.
 */
export function unpackGazetteer(p: PackedGazetteer): Gazetteer {
  const { communes: c, formers: f, epcis: e } = p;
  const communes: GazetteerCommune[] = [];
  for (let i = 0; i < c.length; i++) {
    const postcodes = Array.from(c.postcodes.subarray(c.postcodeStart[i]!, c.postcodeStart[i + 1]!), (n) => String(n).padStart(5, '0'));
    const commune: GazetteerCommune = {
      insee: inseeText(c.insee[i]!), name: packedAt(c.names, i), key: packedAt(p.communeKeys, i), dep: c.depCodes[c.dep[i]!]!,
      region: c.regionCodes[c.region[i]!]!, population: c.population[i]!, postcodes, lat: c.lat[i]!, lon: c.lon[i]!,
    };
    if (c.epci[i]! >= 0) commune.epci = sirenText(c.epci[i]!);
    communes.push(commune);
  }
  return {
    key: p.key,
    communes,
    formers: Array.from({ length: f.length }, (_, i) => ({
      insee: inseeText(f.insee[i]!), name: packedAt(f.names, i), key: packedAt(p.formerKeys, i), current: inseeText(f.current[i]!),
      type: f.deleguee[i] ? ('deleguee' as const) : ('associee' as const),
    })),
    arrondissements: p.arrondissements,
    epcis: Array.from({ length: e.length }, (_, i) => ({
      siren: e.siren[i]!, name: e.name[i]!, type: e.type[i]!,
      members: Array.from(e.members.subarray(e.memberStart[i]!, e.memberStart[i + 1]!), (m) => communes[m]!.insee),
    })),
    departements: p.departements,
    regions: p.regions,
  };
}
