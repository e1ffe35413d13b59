import type { Language } from '../core/ask-context.js';
import { kindLabel, kmLabel, MONTHS, statusLabel } from './centre-labels.js';
import type { CentreFinder } from './centre-finder.js';
import type { CitationList } from '../core/citation-list.js';
import type { LocatedSite, SiteDistance } from './site-directory.js';

/** How many sources back one site line: the newest ones, which support its current status. */
const SOURCES_PER_SITE = 2;

/** Markers for a site's newest sources (dated first, newest first; at most {@link SOURCES_PER_SITE}). */
export function citeSite(finder: CentreFinder, citations: CitationList, located: LocatedSite, max = SOURCES_PER_SITE): string {
  const ranked = located.site.sources
    .map((url, order) => ({ source: finder.sources.cite(url), order }))
    .sort((a, b) => (b.source.date ?? '').localeCompare(a.source.date ?? '') || a.order - b.order);
  // One source a row (long lists): one already cited, when there is one, keeps the list within Teams' citations — only
  // for a row that says no more than its name, kind and status (a date or an address keeps its newest source).
  const plain = !located.site.statusDate && !located.site.address;
  const reused = max === 1 && plain ? ranked.find((s) => citations.numberOf(s.source.url) !== undefined) : undefined;
  const sources = (reused ? [reused] : ranked.slice(0, max)).map((s) => s.source);
  return citations.cite(sources);
}

/** "**Centre du Cnam de Chaumont** (Chaumont) — antenne ; ouvert (…) [1][2]. Adresse : … " */
export function siteLine(
  finder: CentreFinder,
  citations: CitationList,
  located: LocatedSite,
  language: Language,
  options: { town?: boolean; allSources?: boolean; sources?: number } = {},
): string {
  const { site } = located;
  const markers = citeSite(finder, citations, located, options.allSources ? Infinity : (options.sources ?? SOURCES_PER_SITE));
  const town = options.town ? ` (${site.town})` : '';
  const address = site.address ? (language === 'fr' ? ` Adresse : ${site.address}.` : ` Address: ${site.address}.`) : '';
  return `**${site.name}**${town} — ${kindLabel(site.kind, language)} ; ${statusLabel(site, language)} ${markers}.${address}`.replace(' ; ', language === 'fr' ? ' ; ' : '; ');
}

/** One bullet per nearby site, with distance and whether it shares the place's intercommunality or département. */
export function nearestLines(
  finder: CentreFinder,
  citations: CitationList,
  nearest: readonly SiteDistance[],
  from: { dep: string; epci?: string },
  language: Language,
): string[] {
  // Sites confirmed open first; selected, planned or unconfirmed ones after them, each labelled.
  const ordered = [...nearest].sort((a, b) => Number(b.site.status === 'open') - Number(a.site.status === 'open') || a.distanceKm - b.distanceKm);
  return ordered.map((near) => {
    const { site, commune } = near;
    const same =
      from.epci && commune.epci === from.epci
        ? language === 'fr' ? ', même intercommunalité' : ', same intercommunality'
        : commune.dep === from.dep
          ? language === 'fr' ? ', même département' : ', same département'
          : '';
    const markers = citeSite(finder, citations, near);
    return `- **${site.name}** — ${site.town} (${kmLabel(near.distanceKm, language)}${same}) : ${kindLabel(site.kind, language)}, ${statusLabel(site, language)} ${markers}`
      .replace(') : ', language === 'fr' ? ') : ' : '): ');
  });
}

/**
 * The "nearest sites" block: a heading (sites nearest to `fromName` when given, open ones only when `open`), then
 * one line per site from {@link nearestLines}.
 */
export function nearestSection(
  finder: CentreFinder,
  citations: CitationList,
  nearest: readonly SiteDistance[],
  from: { dep: string; epci?: string },
  language: Language,
  options: { fromName?: string; open?: boolean } = {},
): string {
  const fr = language === 'fr';
  const what = fr ? `Les sites ${options.open ? 'ouverts ' : ''}connus les plus proches` : `The nearest known ${options.open ? 'open ' : ''}sites`;
  const to = options.fromName ? (fr ? ` de ${options.fromName}` : ` to ${options.fromName}`) : '';
  const how = options.fromName
    ? fr ? "distance à vol d'oiseau, approximative" : 'straight-line distance, approximate'
    : fr ? "distance à vol d'oiseau entre centres des communes, approximative" : 'straight-line distance between commune centres, approximate';
  return [`${what}${to} (${how})${fr ? ' :' : ':'}`, ...nearestLines(finder, citations, nearest, from, language)].join('\n');
}

/** "no site known in … according to the directory (dated …), which is not exhaustive". */
export function directoryCaveat(finder: CentreFinder, language: Language): string {
  const date = finder.directory.latestDate;
  if (language === 'fr') {
    return `d'après l'annuaire des sites du Cnam de cet assistant${date ? ` (dernière information datée de ${monthYear(date, language)})` : ''}, qui n'est pas exhaustif`;
  }
  return `according to this assistant's directory of Cnam sites${date ? ` (latest information dated ${monthYear(date, language)})` : ''}, which is not exhaustive`;
}

function monthYear(date: string, language: Language): string {
  const [year, month] = date.split('-');
  if (!month) return year ?? date;
  return `${MONTHS[language][Number(month) - 1]} ${year}`;
}

/** "Le Cnam propose aussi des formations à distance [n]." when a knowledge document supports it, else null. */
export function distanceLearningLine(finder: CentreFinder, citations: CitationList, language: Language): string | null {
  const documented = finder.sources.distanceLearning;
  if (!documented) return null;
  const marker = citations.cite([documented.source], documented.excerpt);
  return language === 'fr'
    ? `Le Cnam propose aussi des formations à distance, suivies sans se déplacer ${marker}.`
    : `The Cnam also offers distance-learning courses that need no travel ${marker}.`;
}
