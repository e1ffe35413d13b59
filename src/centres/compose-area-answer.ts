import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { CitationList } from '../core/citation-list.js';
import type { GazetteerArea } from './gazetteer.js';
import { haversineKm } from './haversine-km.js';
import { toCentreHit } from './lookup-parts.js';
import { directoryCaveat, distanceLearningLine, nearestSection, siteLine } from './site-lines.js';
import { NEAREST_COUNT } from './compose-town-answer.js';
import { centreAnswer } from './centre-answer.js';

/**
 * Lists the directory's sites in a département or region (distances from its chef-lieu), or says none is known
 * there and gives the sites nearest to its chef-lieu. `lookup.place` is null (an area is not a town);
 * `lookup.inTown` tells whether sites were found in the area.
 */
export function composeAreaAnswer(finder: CentreFinder, question: Question, level: 'departement' | 'region', area: GazetteerArea): Answer {
  const fr = question.language === 'fr';
  const citations = new CitationList();
  const code = area.code;
  const inArea = finder.directory.sites.filter((s) => (level === 'departement' ? s.commune.dep === code : s.commune.region === code));
  const chefLieu = finder.index.communeByInsee.get(area.chefLieu);
  const label = level === 'departement' ? `${area.name} (${area.code})` : area.name;
  const where = fr ? (level === 'departement' ? `dans le département ${label}` : `dans la région ${label}`) : `in ${label}`;
  const parts: string[] = [];
  const active = inArea.filter((s) => s.site.status !== 'moved');
  const listed = [...inArea].sort((a, b) => a.site.town.localeCompare(b.site.town, 'fr') || a.site.name.localeCompare(b.site.name, 'fr'));
  let centres = listed.map((s) => toCentreHit(s, chefLieu ? haversineKm(chefLieu, s.commune) : 0));
  if (listed.length > 0) {
    parts.push([
      fr
        ? `D'après l'annuaire des sites du Cnam, ${listed.length > 1 ? `${listed.length} sites sont connus` : 'un site est connu'} ${where} :`
        : `According to the Cnam sites directory, ${listed.length > 1 ? `${listed.length} sites are known` : 'one site is known'} ${where}:`,
      ...listed.map((s) => `- ${siteLine(finder, citations, s, question.language, { town: true })}`),
    ].join('\n'));
    parts.push(fr ? "Cet annuaire n'est pas exhaustif." : 'This directory is not exhaustive.');
  } else {
    parts.push(fr ? `Je ne connais pas de site du Cnam ${where}, ${directoryCaveat(finder, 'fr')}.` : `I don't know of any Cnam site ${where}, ${directoryCaveat(finder, 'en')}.`);
    if (chefLieu) {
      const nearest = finder.directory.nearest(chefLieu, NEAREST_COUNT);
      centres = nearest.map((n) => toCentreHit(n, n.distanceKm));
      parts.push(nearestSection(finder, citations, nearest, { dep: level === 'departement' ? area.code : '' }, question.language, { fromName: chefLieu.name }));
    }
    const remote = distanceLearningLine(finder, citations, question.language);
    if (remote) parts.push(remote);
  }
  return centreAnswer(question, parts, citations, 0.9, { place: null, area: { type: level, code: area.code, name: area.name }, inTown: active.length > 0, centres });
}
