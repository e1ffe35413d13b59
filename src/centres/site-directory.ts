import type { Site } from '../knowledge/site.js';
import { haversineKm } from './haversine-km.js';
import type { Locality } from './locality.js';
import type { PlaceIndex } from './place-index.js';

/** A directory site with the commune it is in (from the gazetteer). */
export interface LocatedSite {
  site: Site;
  commune: Locality;
}

/** A site and its distance from the place asked about. */
export interface SiteDistance extends LocatedSite {
  distanceKm: number;
}

/** The Cnam sites directory, placed on the map. */
export interface SiteDirectory {
  sites: readonly LocatedSite[];
  /** Latest status date in the directory (YYYY[-MM[-DD]]), shown as the directory's date. */
  latestDate: string | null;
  byId: ReadonlyMap<string, LocatedSite>;
  /** Sites whose commune is one of `codes` (arrondissement codes count for their whole commune). */
  inCommunes(codes: readonly string[]): LocatedSite[];
  /**
   * Active sites (not "moved"; only `status` ones when given) nearest to `point`, skipping `exclude` communes: within
   * {@link NEAREST_MAX_KM}, and within the point's own territory when it is overseas or in Corsica (never across
   * the sea). Schools are never "the nearest site": they teach one field.
   */
  nearest(point: { lat: number; lon: number; dep?: string }, count: number, exclude?: readonly string[], status?: Site['status']): SiteDistance[];
}

/**
 * Places every site on the map through the gazetteer. Sites whose INSEE code is unknown to the gazetteer
 * are dropped (the knowledge checker reports them).
 */
/** Nearby sites listed when a place has none. */
export const NEAREST_COUNT = 3;

/** Farther than this, a site is no "nearby" site: the answer says none is known nearby. */
export const NEAREST_MAX_KM = 150;

/** The sea-bound territory of a département: each overseas one is its own, Corsica's two are one; null on the mainland. */
function islandOf(dep: string): string | null {
  const d = dep.toUpperCase();
  if (d === '2A' || d === '2B') return 'corse';
  return /^9[78]/.test(d) ? d : null;
}

export function createSiteDirectory(sites: readonly Site[], index: PlaceIndex): SiteDirectory {
  const located: LocatedSite[] = [];
  for (const site of sites) {
    const commune = index.communeByInsee.get(site.insee);
    if (commune) located.push({ site, commune });
  }
  const townOf = (s: LocatedSite) => s.commune.parent ?? s.commune.insee;
  const byId = new Map(located.map((s) => [s.site.id, s]));
  const dates = sites.map((s) => s.statusDate).filter((d): d is string => d !== undefined).sort();
  return {
    sites: located,
    latestDate: dates.at(-1) ?? null,
    byId,
    inCommunes(codes) {
      const wanted = new Set(codes);
      return located.filter((s) => wanted.has(s.commune.insee) || wanted.has(townOf(s)));
    },
    nearest(point, count, exclude = [], status) {
      const skip = new Set(exclude);
      const island = point.dep !== undefined ? islandOf(point.dep) : undefined;
      return located
        .filter((s) => s.site.status !== 'moved' && s.site.kind !== 'school' && (!status || s.site.status === status) && !skip.has(s.commune.insee) && !skip.has(townOf(s)))
        .filter((s) => island === undefined || islandOf(s.commune.dep) === island)
        .map((s) => ({ ...s, distanceKm: haversineKm(point, s.commune) }))
        .filter((s) => s.distanceKm <= NEAREST_MAX_KM)
        .sort((a, b) => a.distanceKm - b.distanceKm || a.site.name.localeCompare(b.site.name))
        .slice(0, count);
    },
  };
}
