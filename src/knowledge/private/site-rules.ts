import { fold } from '../../text/fold.js';
import type { KnowledgeSection } from '../sections.js';
import type { Site } from '../site.js';
import type { SiteRow } from './inspect-sites.js';

/** Folded words joined by single spaces, padded: " saint die des vosges ". Hyphens, apostrophes and punctuation are spaces. */
function spaced(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * Whether a text names a town, accent- and case-insensitive, as whole words (« Saint-Dié-des-Vosges » matches
 * « saint-die-des-vosges »; « Dole » does not match « Dolet »). A leading article may be contracted in the text:
 * « Le Havre » is named by « au Havre », « La Roche-sur-Yon » by « à La Roche-sur-Yon ».
 */
export function namesTown(text: string, town: string): boolean {
  const haystack = spaced(text);
  const name = spaced(town);
  if (haystack.includes(name)) return true;
  const bare = name.replace(/^ (?:le|la|les|l) /, ' ');
  return bare !== name && bare.trim().length > 0 && haystack.includes(bare);
}

/** The text of a section that can name a place: its heading and its answer (not the users' alternate phrasings). */
export function sectionText(section: KnowledgeSection): string {
  return `${section.headings.join(' ')}\n${section.text}`;
}

/** A site name reduced for comparison: folded words, without the generic ones (« Antenne du Cnam de … »). */
const GENERIC = new Set(['du', 'de', 'des', 'd', 'la', 'le', 'les', 'l', 'a', 'au', 'aux', 'en', 'et', 'cnam', 'the', 'of']);
function nameKey(name: string): string {
  return spaced(name)
    .trim()
    .split(' ')
    .filter((w) => !GENERIC.has(w))
    .join(' ');
}

/** Levenshtein distance, for short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Two names of one site, once generic words are removed: equal, or within a few edits (at most one edit per eight
 * characters, and at least one): « Antenne du Cnam de Troyes » and « Antenne Cnam à Troyes », « Pôle de Sedan »
 * and « Pole de Sedan ». Different places in one town keep distinct names (« Site du Landy » / « Siège »).
 */
export function nearlySameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  return distance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 8));
}

/**
 * Rows that describe a site another row already describes: same commune, same kind and the same or nearly the same
 * name; or same commune and exactly the same set of sources (two rows drawn from the same pages about one town).
 * Rows repeating an id are left to the id check. Returns, for each later row, the first row it repeats and why.
 */
export function duplicateRows(rows: readonly SiteRow[]): Array<{ row: SiteRow; first: SiteRow; message: string }> {
  const out: Array<{ row: SiteRow; first: SiteRow; message: string }> = [];
  const sourceKey = (site: Site) => [...new Set(site.sources)].sort().join(' ');
  rows.forEach((row, i) => {
    for (const first of rows.slice(0, i)) {
      if (first.site.insee !== row.site.insee || first.site.id === row.site.id) continue;
      if (first.site.kind === row.site.kind && first.site.name === row.site.name) {
        out.push({ row, first, message: `duplicate site: same kind, insee and name as line ${first.line}` });
        return;
      }
      if (first.site.kind === row.site.kind && nearlySameName(first.site.name, row.site.name)) {
        out.push({ row, first, message: `duplicate site: same kind and insee, nearly the same name as line ${first.line} ("${first.site.name}")` });
        return;
      }
      if (sourceKey(first.site) === sourceKey(row.site)) {
        out.push({ row, first, message: `duplicate site: same insee and the same sources as line ${first.line} (${first.site.id})` });
        return;
      }
    }
  });
  return out;
}
