import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { haversineKm } from './haversine-km.js';
import { CitationList } from '../core/citation-list.js';
import type { Locality } from './locality.js';
import { townCodes } from './locality.js';
import { toCentreHit, toPlace } from './lookup-parts.js';
import type { PlaceHow } from './place-reading.js';
import { citeSite, directoryCaveat, distanceLearningLine, nearestSection, siteLine } from './site-lines.js';
import { centreAnswer } from './centre-answer.js';
import { doorLine, noneNearbyLine } from './centre-target.js';
import { NEAREST_COUNT } from './site-directory.js';

export { NEAREST_COUNT } from './site-directory.js';

/** How the locality was reached, for the sentence that says so and for the confidence. */
export interface TownReading {
  how: PlaceHow;
  /** Homonyms set aside (less populous by far). */
  others: readonly Locality[];
  postcode?: string;
}

const CONFIDENCE: Record<PlaceHow, number> = { exact: 0.95, former: 0.9, short: 0.85, postcode: 0.85, typo: 0.7 };

function displayName(locality: Locality, language: Question['language']): string {
  const number = locality.parent ? /(\d+)/.exec(locality.name)?.[1] : undefined;
  if (!number) return locality.name;
  const city = locality.name.replace(/\s+\d.*$/, '');
  return language === 'fr' ? `${city} (${number}${number === '1' ? 'er' : 'e'} arrondissement)` : `${city} (arrondissement ${number})`;
}

function readingNote(locality: Locality, reading: TownReading, question: Question, placeLabel: string): string | null {
  const fr = question.language === 'fr';
  if (locality.former) {
    const what = locality.former.type === 'deleguee' ? (fr ? 'commune déléguée' : 'a former commune (commune déléguée)') : fr ? 'commune associée' : 'an associated commune';
    return fr
      ? `${locality.former.name} est aujourd'hui une ${what} de ${placeLabel} : je réponds pour ${placeLabel}.`
      : `${locality.former.name} is now ${what} within ${placeLabel}, so here is the answer for ${placeLabel}.`;
  }
  if (reading.how === 'postcode' && reading.postcode) {
    return fr ? `Code postal ${reading.postcode} : ${placeLabel}.` : `Postal code ${reading.postcode}: ${placeLabel}.`;
  }
  if (reading.how === 'typo' || reading.how === 'short') {
    return fr ? `J'ai compris : ${placeLabel}.` : `I understood: ${placeLabel}.`;
  }
  return null;
}

function homonymNote(reading: TownReading, question: Question): string | null {
  const others = reading.others.slice(0, 4);
  if (others.length === 0) return null;
  const list = others.map((o) => `${o.name} (${o.dep})`).join(', ');
  const example = `${others[0]!.name} (${others[0]!.dep})`;
  return question.language === 'fr'
    ? `D'autres communes portent ce nom (${list}${reading.others.length > 4 ? '…' : ''}) : précisez le département si vous pensiez à l'une d'elles, par exemple « ${example} ».`
    : `Other communes have this name (${list}${reading.others.length > 4 ? '…' : ''}): add the département if you meant one of them, e.g. "${example}".`;
}

/**
 * The answer about one town: the directory's sites there (kind, status, date, address, cited), or that none is
 * known, with the nearest sites, the directory's date and coverage caveat, and distance learning when documented.
 */
export function composeTownAnswer(finder: CentreFinder, question: Question, locality: Locality, reading: TownReading): Answer {
  const fr = question.language === 'fr';
  const citations = new CitationList();
  const place = toPlace(locality, finder.index);
  const dep = finder.index.departementByCode.get(locality.dep.toLowerCase());
  const here = finder.directory.inCommunes(townCodes(locality));
  const active = here.filter((s) => s.site.status !== 'moved');
  // A site elsewhere in Lyon is "in town" for "Lyon 3e": then name the city, not the arrondissement.
  const name = locality.parent && active.some((s) => s.commune.insee !== locality.insee)
    ? locality.name.replace(/\s+\d.*$/, '')
    : displayName(locality, question.language);
  const placeLabel = `**${name}** (${dep ? `${dep.name}, ${dep.code}` : locality.dep})`;
  const moved = here.filter((s) => s.site.status === 'moved');
  const parts: string[] = [];
  const note = readingNote(locality, reading, question, placeLabel);
  if (note) parts.push(note);

  let centres = active.map((s) => toCentreHit(s, s.commune.insee === locality.insee ? 0 : haversineKm(locality, s.commune)));
  const opened = active.filter((s) => s.site.status === 'open');
  if (opened.length > 0) {
    const intro = fr
      ? `Oui : d'après l'annuaire des sites du Cnam, ${active.length > 1 ? `il y a ${active.length} sites` : 'il y a un site'} à ${placeLabel} :`
      : `Yes: according to the Cnam sites directory, there ${active.length > 1 ? `are ${active.length} sites` : 'is a site'} in ${placeLabel}:`;
    parts.push([intro, ...active.map((s) => `- ${siteLine(finder, citations, s, question.language, { allSources: true })}`)].join('\n'));
  } else if (active.length > 0) {
    // Selected, planned or unconfirmed: say so plainly, and give the nearest open sites as what exists today.
    // A site whose status no source confirms (« École Vaucanson ») is known, not planned: whether it still runs is unknown.
    const unconfirmed = active.every((s) => s.site.status === 'unknown');
    const intro = unconfirmed
      ? fr
        ? `D'après l'annuaire des sites du Cnam, un site a été signalé à ${placeLabel}, mais mes sources ne disent pas s'il est ouvert aujourd'hui :`
        : `According to the Cnam sites directory, a site has been reported in ${placeLabel}, but my sources do not say whether it is open today:`
      : fr
        ? `D'après l'annuaire des sites du Cnam, un site est prévu à ${placeLabel}, mais mes sources ne confirment pas qu'il soit ouvert :`
        : `According to the Cnam sites directory, a site is planned in ${placeLabel}, but my sources do not confirm that it is open:`;
    parts.push([intro, ...active.map((s) => `- ${siteLine(finder, citations, s, question.language, { allSources: true })}`)].join('\n'));
    const nearestOpen = finder.directory.nearest(locality, NEAREST_COUNT, townCodes(locality), 'open');
    if (nearestOpen.length > 0) {
      parts.push(nearestSection(finder, citations, nearestOpen, locality, question.language, { open: true }));
      centres = [...centres, ...nearestOpen.map((n) => toCentreHit(n, n.distanceKm))];
    }
  } else {
    for (const m of moved) {
      const target = /\b(?:voir|see) ([a-z0-9-]+)/.exec(m.site.notes ?? '')?.[1];
      const to = target ? finder.directory.byId.get(target) : undefined;
      const markers = citeSite(finder, citations, m);
      parts.push(fr
        ? `Un projet de site du Cnam à ${m.site.town} (${m.site.name}) a été transféré${to ? ` à ${to.site.town}` : ' ailleurs'} ${markers}.`
        : `A Cnam site project in ${m.site.town} (${m.site.name}) was moved${to ? ` to ${to.site.town}` : ' elsewhere'} ${markers}.`);
    }
    const nearest = finder.directory.nearest(locality, NEAREST_COUNT, townCodes(locality));
    centres = nearest.map((n) => toCentreHit(n, n.distanceKm));
    parts.push(fr
      ? `Je ne connais pas de site du Cnam à ${placeLabel}, ${directoryCaveat(finder, 'fr')}.`
      : `I don't know of any Cnam site in ${placeLabel}, ${directoryCaveat(finder, 'en')}.`);
    if (nearest.length > 0) parts.push(nearestSection(finder, citations, nearest, locality, question.language));
    else parts.push(noneNearbyLine(question.language));
    parts.push(doorLine(finder, citations, locality.region, question.language));
    const remote = distanceLearningLine(finder, citations, question.language);
    if (remote) parts.push(remote);
  }
  const homonyms = homonymNote(reading, question);
  if (homonyms) parts.push(homonyms);

  const confidence = CONFIDENCE[reading.how] - (reading.others.length > 0 ? 0.05 : 0);
  return centreAnswer(question, parts, citations, confidence, { place, inTown: active.length > 0, centres });
}
