import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { CitationList } from '../core/citation-list.js';
import { NEAREST_COUNT } from './site-directory.js';
import type { GazetteerEpci } from './gazetteer.js';
import { haversineKm } from './haversine-km.js';
import type { Locality } from './locality.js';
import { toCentreHit, toPlace } from './lookup-parts.js';
import { directoryCaveat, distanceLearningLine, nearestSection, siteLine } from './site-lines.js';
import { centreAnswer } from './centre-answer.js';
import { doorLine, noneNearbyLine } from './centre-target.js';

/** The most populous member: the intercommunality's main town (its seat in almost every case). */
export function mainCommune(finder: CentreFinder, epci: GazetteerEpci): Locality | undefined {
  let best: Locality | undefined;
  for (const code of epci.members) {
    const c = finder.index.communeByInsee.get(code);
    if (c && (!best || c.population > best.population)) best = c;
  }
  return best;
}

/**
 * The answer for an intercommunality: the sites in its member communes, or none known and the nearest sites to
 * its main town. `lookup.place` is the main town, named after the intercommunality.
 */
export function composeEpciAnswer(finder: CentreFinder, question: Question, epci: GazetteerEpci): Answer | null {
  const main = mainCommune(finder, epci);
  if (!main) return null;
  const fr = question.language === 'fr';
  const citations = new CitationList();
  const here = finder.directory.inCommunes(epci.members);
  const active = here.filter((s) => s.site.status !== 'moved');
  const place = { ...toPlace(main, finder.index), name: epci.name };
  const label = `**${epci.name}** (${epci.members.length} communes, ${fr ? 'ville principale' : 'main town'} : ${main.name})`.replace(' : ', fr ? ' : ' : ': ');
  const parts: string[] = [];
  let centres = active.map((s) => toCentreHit(s, haversineKm(main, s.commune)));
  if (active.length > 0) {
    // "Yes" only for an open site, as for a town: a selected or planned one is not confirmed open.
    const open = active.some((s) => s.site.status === 'open');
    const count = active.length > 1 ? `${active.length} sites` : fr ? 'un site' : 'one site';
    parts.push([
      fr
        ? `${open ? 'Oui : d' : 'D'}'après l'annuaire des sites du Cnam, l'intercommunalité ${label} compte ${count}${open ? '' : active.length > 1 ? ", mais mes sources ne confirment pas qu'ils soient ouverts" : ", mais mes sources ne confirment pas qu'il soit ouvert"} :`
        : `${open ? 'Yes: a' : 'A'}ccording to the Cnam sites directory, ${label} has ${count}${open ? '' : ', but my sources do not confirm that it is open'}:`,
      ...active.map((s) => `- ${siteLine(finder, citations, s, question.language, { town: true })}`),
    ].join('\n'));
  } else {
    const nearest = finder.directory.nearest(main, NEAREST_COUNT, epci.members);
    centres = nearest.map((n) => toCentreHit(n, n.distanceKm));
    parts.push(fr ? `Je ne connais pas de site du Cnam dans l'intercommunalité ${label}, ${directoryCaveat(finder, 'fr')}.` : `I don't know of any Cnam site in ${label}, ${directoryCaveat(finder, 'en')}.`);
    if (nearest.length > 0) parts.push(nearestSection(finder, citations, nearest, main, question.language, { fromName: main.name }));
    else parts.push(noneNearbyLine(question.language));
    parts.push(doorLine(finder, citations, main.region, question.language));
    const remote = distanceLearningLine(finder, citations, question.language);
    if (remote) parts.push(remote);
  }
  return centreAnswer(question, parts, citations, 0.9, { place, area: { type: 'epci', code: epci.siren, name: epci.name }, inTown: active.length > 0, centres });
}
