import type { Area, CentreHit, Place } from '../core/answer.js';
import type { Language } from '../core/ask-context.js';
import type { CitationList } from '../core/citation-list.js';
import { OFFICIAL_CNAM_URL } from '../core/fallback-answer.js';
import type { CentreFinder } from './centre-finder.js';
import { mainCommune } from './compose-epci-answer.js';
import type { TownReading } from './compose-town-answer.js';
import type { GazetteerEpci } from './gazetteer.js';
import { haversineKm } from './haversine-km.js';
import type { Locality } from './locality.js';
import { townCodes } from './locality.js';
import { toCentreHit, toPlace } from './lookup-parts.js';
import { NEAREST_COUNT, NEAREST_MAX_KM, type LocatedSite } from './site-directory.js';
import { citeSite, directoryCaveat, nearestLines, siteLine } from './site-lines.js';
import { areaOf, territoryPhrase, type Territory } from './territory.js';
import { territorySites } from './compose-area-answer.js';

/** The place a question is about, once resolved: one town, a territory (département, region, overseas) or an EPCI. */
export type PlaceTarget =
  | { type: 'town'; locality: Locality; reading: TownReading }
  | { type: 'territory'; territory: Territory }
  | { type: 'epci'; epci: GazetteerEpci };

/** The point distances are measured from: the town, the territory's chef-lieu, the EPCI's main town. */
function originOf(finder: CentreFinder, target: PlaceTarget): Locality | undefined {
  if (target.type === 'town') return target.locality;
  if (target.type === 'territory') return finder.index.communeByInsee.get(target.territory.area.chefLieu);
  return mainCommune(finder, target.epci);
}

/** The region code of the place: a town's, a département's, the region itself, an EPCI's main town's. */
export function regionCodeOf(finder: CentreFinder, target: PlaceTarget): string | undefined {
  if (target.type === 'town') return target.locality.region;
  if (target.type === 'territory') {
    const { level, area } = target.territory;
    return level === 'region' ? area.code : area.region;
  }
  return mainCommune(finder, target.epci)?.region;
}

/** The directory's sites in the place (moved projects left out). */
export function sitesIn(finder: CentreFinder, target: PlaceTarget): LocatedSite[] {
  const all =
    target.type === 'town'
      ? finder.directory.inCommunes(townCodes(target.locality))
      : target.type === 'territory'
        ? territorySites(finder, target.territory)
        : finder.directory.inCommunes(target.epci.members);
  return all.filter((s) => s.site.status !== 'moved');
}

/** « **Chalon-sur-Saône** (Saône-et-Loire, 71) », « dans la région Bretagne », « l'intercommunalité **CA …** ». */
export function placePhrase(finder: CentreFinder, target: PlaceTarget, language: Language): string {
  const fr = language === 'fr';
  if (target.type === 'town') {
    const { locality } = target;
    const dep = finder.index.departementByCode.get(locality.dep.toLowerCase());
    return `${fr ? 'à' : 'in'} **${locality.name}** (${dep ? `${dep.name}, ${dep.code}` : locality.dep})`;
  }
  if (target.type === 'territory') return territoryPhrase(target.territory, language);
  return fr ? `dans l'intercommunalité **${target.epci.name}**` : `in **${target.epci.name}**`;
}

/** `lookup.place` and `lookup.area` for the place. */
export function lookupPlace(finder: CentreFinder, target: PlaceTarget): { place: Place | null; area?: Area } {
  if (target.type === 'town') return { place: toPlace(target.locality, finder.index) };
  if (target.type === 'territory') return { place: null, area: areaOf(target.territory) };
  const main = mainCommune(finder, target.epci);
  return {
    place: main ? { ...toPlace(main, finder.index), name: target.epci.name } : null,
    area: { type: 'epci', code: target.epci.siren, name: target.epci.name },
  };
}

/**
 * The presence lookup in brief, for answers about something else (courses, enrolment): the sites in the place with
 * their status, or none known and the nearest ones. Never a bare « oui »: each site line says its status.
 */
export function presenceBrief(
  finder: CentreFinder,
  citations: CitationList,
  target: PlaceTarget,
  language: Language,
): { text: string; centres: CentreHit[]; inTown: boolean } {
  const fr = language === 'fr';
  const where = placePhrase(finder, target, language);
  const origin = originOf(finder, target);
  const here = sitesIn(finder, target);
  if (here.length > 0) {
    const intro = fr
      ? `D'après l'annuaire des sites du Cnam, ${here.length > 1 ? `${here.length} sites sont connus` : 'un site est connu'} ${where} :`
      : `According to the Cnam sites directory, ${here.length > 1 ? `${here.length} sites are known` : 'one site is known'} ${where}:`;
    const shown = here.slice(0, 6);
    const lines = shown.map((s) => `- ${siteLine(finder, citations, s, language, { town: target.type !== 'town' })}`);
    if (here.length > shown.length) lines.push(fr ? `- … et ${here.length - shown.length} autres.` : `- … and ${here.length - shown.length} more.`);
    const centres = here.map((s) => toCentreHit(s, origin ? haversineKm(origin, s.commune) : 0));
    return { text: [intro, ...lines].join('\n'), centres, inTown: true };
  }
  const none = fr ? `Je ne connais pas de site du Cnam ${where}, ${directoryCaveat(finder, 'fr')}.` : `I don't know of any Cnam site ${where}, ${directoryCaveat(finder, 'en')}.`;
  if (!origin) return { text: none, centres: [], inTown: false };
  const exclude = target.type === 'town' ? townCodes(target.locality) : target.type === 'epci' ? target.epci.members : [];
  const nearest = finder.directory.nearest(origin, NEAREST_COUNT, exclude);
  if (nearest.length === 0) return { text: `${none} ${noneNearbyLine(language)}`, centres: [], inTown: false };
  const heading = fr ? `Les sites connus les plus proches de ${origin.name} (distance à vol d'oiseau, approximative) :` : `The nearest known sites to ${origin.name} (straight-line distance, approximate):`;
  const lines = nearestLines(finder, citations, nearest, origin, language);
  return { text: [none, [heading, ...lines].join('\n')].join('\n\n'), centres: nearest.map((n) => toCentreHit(n, n.distanceKm)), inTown: false };
}

/**
 * Where to go for what the knowledge does not hold, as a noun phrase (« le site du Cnam Occitanie, https://… [n] »):
 * the regional centre's website when a source shows it; else the regional centre as the directory names it (open
 * rows by name; only a 2009 row: said so), with the national site; else the national site.
 */
export function regionalDoor(finder: CentreFinder, citations: CitationList, regionCode: string | undefined, language: Language): string {
  const fr = language === 'fr';
  const website = regionCode ? finder.notes.regionalWebsites.get(regionCode) : undefined;
  if (website) {
    const marker = citations.cite([website.source]);
    return fr ? `le site du ${website.publisher}, ${website.url} ${marker}` : `the ${website.publisher} website, ${website.url} ${marker}`;
  }
  const region = regionCode ? finder.index.regionByCode.get(regionCode) : undefined;
  const centres = regionCode ? regionalCentres(finder, regionCode) : [];
  const open = centres.filter((c) => c.site.status === 'open');
  const national = fr ? `le site national du Cnam, ${OFFICIAL_CNAM_URL}` : `the Cnam's national website, ${OFFICIAL_CNAM_URL}`;
  if (open.length > 0) {
    const names = open.map((c) => `**${c.site.name}**${c.site.name.includes(c.site.town) ? '' : ` (${c.site.town})`} ${citeSite(finder, citations, c, 1)}`).join(fr ? ' ou ' : ' or ');
    return fr ? `le centre régional, ${names}, ou ${national}` : `the regional centre, ${names}, or ${national}`;
  }
  const inRegion = region ? (fr ? ` en ${region.name}` : ` in ${region.name}`) : '';
  if (centres.length > 0) {
    const towns = [...new Set(centres.map((c) => c.site.town))].join(fr ? ' et ' : ' and ');
    return fr
      ? `le centre régional du Cnam${inRegion} (l'annuaire n'en connaît qu'une adresse ancienne, à ${towns}, non confirmée), ou ${national}`
      : `the Cnam regional centre${inRegion} (the directory only has an old, unconfirmed address for it, in ${towns}), or ${national}`;
  }
  return fr
    ? `le centre régional du Cnam${inRegion} (ses coordonnées ne sont pas dans mes sources), ou ${national}`
    : `the Cnam regional centre${inRegion} (its details are not in my sources), or ${national}`;
}

/** The directory's regional-centre rows of a region (moved ones left out), by town. */
export function regionalCentres(finder: CentreFinder, regionCode: string): LocatedSite[] {
  return finder.directory.sites
    .filter((s) => s.site.kind === 'regional-centre' && s.site.status !== 'moved' && s.commune.region === regionCode)
    .sort((a, b) => a.site.town.localeCompare(b.site.town, 'fr'));
}

/**
 * The door for a place without a known site: « La liste complète et à jour des lieux d'enseignement du Cnam en
 * Bretagne est tenue par … », with the regional centre's website when a source gives it.
 */
export function doorLine(finder: CentreFinder, citations: CitationList, regionCode: string | undefined, language: Language): string {
  const region = regionCode ? finder.index.regionByCode.get(regionCode) : undefined;
  const door = regionalDoor(finder, citations, regionCode, language);
  return language === 'fr'
    ? `La liste complète et à jour des lieux d'enseignement du Cnam${region ? ` en ${region.name}` : ''} est tenue par ${door}.`
    : `The complete, current list of the Cnam's teaching places${region ? ` in ${region.name}` : ''} is kept by ${door}.`;
}

/** « Aucun site connu à moins de 150 km. » when no site is near enough to be worth listing. */
export function noneNearbyLine(language: Language): string {
  return language === 'fr'
    ? `L'annuaire n'a aucun site connu à moins de ${NEAREST_MAX_KM} km.`
    : `The directory has no known site within ${NEAREST_MAX_KM} km.`;
}
