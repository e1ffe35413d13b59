import type { Answer, Place } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { CitationList } from '../core/citation-list.js';
import type { GazetteerArea } from './gazetteer.js';
import { haversineKm } from './haversine-km.js';
import { toCentreHit, toPlace } from './lookup-parts.js';
import { directoryCaveat, distanceLearningLine, nearestSection, siteLine } from './site-lines.js';
import { NEAREST_COUNT } from './site-directory.js';
import { centreAnswer } from './centre-answer.js';
import { doorLine, noneNearbyLine } from './centre-target.js';
import type { LocatedSite } from './site-directory.js';
import { areaOf, territoryOf, territoryPhrase, type Territory } from './territory.js';
import { citedSentence } from './knowledge-notes.js';


/**
 * Lists the directory's sites in a département or region (distances from its chef-lieu), or says none is known
 * there and gives the sites nearest to its chef-lieu. `lookup.place` is null (an area is not a town);
 * `lookup.inTown` tells whether sites were found in the area. An overseas collectivity is answered as a region.
 */
export function composeAreaAnswer(finder: CentreFinder, question: Question, level: 'departement' | 'region', area: GazetteerArea): Answer {
  return composeTerritoryAnswer(finder, question, territoryOf(finder.index, level, area));
}

/** The sites in a territory: the lines, the lookup's centres, whether any is active. */
export function territorySites(finder: CentreFinder, territory: Territory): LocatedSite[] {
  const code = territory.area.code;
  return finder.directory.sites
    .filter((s) => (territory.level === 'departement' ? s.commune.dep === code : s.commune.region === code))
    .sort((a, b) => a.site.town.localeCompare(b.site.town, 'fr') || a.site.name.localeCompare(b.site.name, 'fr'));
}

export function composeTerritoryAnswer(finder: CentreFinder, question: Question, territory: Territory): Answer {
  const fr = question.language === 'fr';
  const citations = new CitationList();
  const { area } = territory;
  const listed = territorySites(finder, territory);
  const chefLieu = finder.index.communeByInsee.get(area.chefLieu);
  const where = territoryPhrase(territory, question.language);
  const parts: string[] = [];
  const active = listed.filter((s) => s.site.status !== 'moved');
  const open = active.some((s) => s.site.status === 'open');
  let centres = listed.map((s) => toCentreHit(s, chefLieu ? haversineKm(chefLieu, s.commune) : 0));
  if (listed.length > 0) {
    parts.push([
      // « le cnam existe ici ou pas ? »: yes first when one of them is open, as for a town.
      fr
        ? `${open ? 'Oui : d' : 'D'}'après l'annuaire des sites du Cnam, ${listed.length > 1 ? `${listed.length} sites sont connus` : 'un site est connu'} ${where} :`
        : `${open ? 'Yes: a' : 'A'}ccording to the Cnam sites directory, ${listed.length > 1 ? `${listed.length} sites are known` : 'one site is known'} ${where}:`,
      ...listed.map((s) => `- ${siteLine(finder, citations, s, question.language, { town: true })}`),
    ].join('\n'));
    parts.push(fr ? "Cet annuaire n'est pas exhaustif." : 'This directory is not exhaustive.');
  } else {
    parts.push(fr ? `Je ne connais pas de site du Cnam ${where}, ${directoryCaveat(finder, 'fr')}.` : `I don't know of any Cnam site ${where}, ${directoryCaveat(finder, 'en')}.`);
    // What the documents say of the Cnam there, dated as they give it (« En 2007, un centre régional associé … »).
    const said = finder.notes.presenceAbout([area.name], question.language).slice(0, 2);
    if (said.length > 0) {
      parts.push([
        fr ? 'Mes sources en disent seulement ceci :' : 'My sources only say this:',
        ...said.map((n) => `- ${citedSentence(n.text, citations.cite(n.sources, n.text))}`),
      ].join('\n'));
    }
    if (chefLieu) {
      const nearest = finder.directory.nearest(chefLieu, NEAREST_COUNT);
      centres = nearest.map((n) => toCentreHit(n, n.distanceKm));
      if (nearest.length > 0) {
        parts.push(nearestSection(finder, citations, nearest, { dep: territory.level === 'departement' ? area.code : '' }, question.language, { fromName: chefLieu.name }));
      } else {
        parts.push(noneNearbyLine(question.language));
      }
    }
    parts.push(doorLine(finder, citations, territory.level === 'region' ? area.code : area.region, question.language));
    const remote = distanceLearningLine(finder, citations, question.language);
    if (remote) parts.push(remote);
  }
  return centreAnswer(question, parts, citations, 0.9, { place: singleCommunePlace(finder, territory), area: areaOf(territory), inTown: active.length > 0, centres });
}

/** Saint-Barthélemy (977) and Saint-Martin (978) are one commune each: the answer is also about that commune. */
const ONE_COMMUNE = new Set(['977', '978']);

function singleCommunePlace(finder: CentreFinder, territory: Territory): Place | null {
  if (!ONE_COMMUNE.has(territory.area.code)) return null;
  const commune = finder.index.communeByInsee.get(territory.area.chefLieu);
  return commune ? toPlace(commune, finder.index) : null;
}
