import type { CentreHit, Place } from '../core/answer.js';
import { departmentLabel, roundKm } from './centre-labels.js';
import type { Locality } from './locality.js';
import type { PlaceIndex } from './place-index.js';
import type { LocatedSite } from './site-directory.js';

/** The Answer's `lookup.place` for a locality: name, INSEE code, "Haute-Marne (52)". */
export function toPlace(locality: Locality, index: PlaceIndex): Place {
  return { name: locality.name, insee: locality.insee, department: departmentLabel(index.departementByCode.get(locality.dep.toLowerCase()), locality.dep) };
}

/** The Answer's `lookup.centres` entry for a site at `distanceKm` (rounded to 0.1 km). */
export function toCentreHit(located: LocatedSite, distanceKm: number): CentreHit {
  const { site } = located;
  return {
    name: site.name,
    town: site.town,
    insee: site.insee,
    distanceKm: roundKm(distanceKm),
    kind: site.kind,
    status: site.status,
    ...(site.address ? { address: site.address } : {}),
  };
}
