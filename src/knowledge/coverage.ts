import { claimSourceIds, plainMarkdown, stripClaimMarkers } from '../text/claim-markers.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/split-sentences.js';
import type { DocumentSource, KnowledgeDocument } from './knowledge-document.js';
import { loadDocuments } from './load-documents.js';
import { loadRegionNames } from './load-current-communes.js';
import { loadSites } from './load-sites.js';
import { knowledgePaths } from './paths.js';
import { siteStatusSchema, siteWaveSchema, type Site, type SiteStatus, type SiteWave } from './site.js';

/** The calls (waves) and statuses, in the order the tables show them. */
const WAVES: readonly SiteWave[] = siteWaveSchema.options;
const STATUSES: readonly SiteStatus[] = siteStatusSchema.options;

/**
 * A total announced by the sources, looked up in the knowledge itself: the first French sentence matching
 * `pattern` gives the number (its first group) and, through its markers, the sources that announce it.
 */
export interface AnnouncedTotal {
  id: string;
  /** What is counted, in French: « villes retenues au 1er AMI (2019) ». */
  label: string;
  pattern: RegExp;
  /** What the directory holds against it: a number and how it was counted. */
  count(sites: readonly Site[]): { value: number; how: string };
}

const towns = (sites: readonly Site[]) => new Set(sites.map((s) => s.insee)).size;

/** The totals an editor checks the directory against: the two calls, the regional centres, the teaching places. */
export const ANNOUNCED_TOTALS: readonly AnnouncedTotal[] = [
  {
    id: 'ami1-2019',
    label: 'villes retenues au 1er AMI (26 septembre 2019)',
    pattern: /\b(\d+) villes retenues au premier AMI\b/,
    count: (sites) => {
      const rows = sites.filter((s) => s.wave === 'ami1-2019');
      const moved = rows.filter((s) => s.status === 'moved').length;
      return { value: towns(rows), how: `communes des lignes ami1-2019${moved ? `, dont ${moved} projet transféré` : ''}` };
    },
  },
  {
    id: 'ami2-2020',
    label: 'collectivités labellisées au 2e AMI (au 8 septembre 2021)',
    pattern: /\b(\d+) collectivités étaient labellisées au titre du deuxième AMI\b/,
    count: (sites) => ({ value: towns(sites.filter((s) => s.wave === 'ami2-2020')), how: 'communes des lignes ami2-2020' }),
  },
  {
    id: 'regional-centres',
    label: 'centres régionaux (régions et outre-mer)',
    pattern: /\b(\d+) centres en région et outre-mer\b/,
    count: (sites) => {
      const rows = sites.filter((s) => s.kind === 'regional-centre');
      const current = new Set(rows.filter((s) => s.status !== 'unknown').map((s) => s.region)).size;
      return { value: current, how: `régions ayant un centre régional de statut connu ; ${rows.length} lignes regional-centre, dont ${rows.filter((s) => s.status === 'unknown').length} unknown` };
    },
  },
  {
    id: 'teaching-places',
    label: "centres d'enseignement du réseau",
    pattern: /\b(\d+) centres d'enseignement\b/,
    count: (sites) => {
      const rows = sites.filter((s) => s.status !== 'moved');
      return { value: rows.length, how: `sites de tous les appels hors projets transférés, dans ${towns(rows)} communes` };
    },
  },
];

/** Where the knowledge states a total: document, line, sentence and the sources its markers name. */
export interface TotalSource {
  documentId: string;
  line: number;
  sentence: string;
  sources: DocumentSource[];
}

export interface TotalLine {
  total: AnnouncedTotal;
  announced?: number;
  source?: TotalSource;
  directory: { value: number; how: string };
}

/** One row of the région × call table: counts by status. */
export interface RegionWaveRow {
  region: string;
  wave: SiteWave | null;
  byStatus: Record<SiteStatus, number>;
  total: number;
}

export interface CoverageReport {
  sites: number;
  towns: number;
  rows: RegionWaveRow[];
  /** Per région: its regional-centre rows (town and status), empty when none. */
  regionalCentres: Array<{ region: string; centres: Array<{ town: string; status: SiteStatus }> }>;
  totals: TotalLine[];
}

/** The first sentence of a French original matching the total's pattern, with its number and sources. */
function findTotal(total: AnnouncedTotal, documents: readonly KnowledgeDocument[]): { announced: number; source: TotalSource } | undefined {
  for (const doc of documents) {
    if (doc.language !== 'fr' || doc.translates) continue;
    const lines = doc.body.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i]!;
      if (/^#|^>/.test(line)) continue;
      for (const raw of splitSentences(line)) {
        const sentence = stripClaimMarkers(plainMarkdown(raw));
        const match = total.pattern.exec(sentence);
        if (!match) continue;
        const ids = claimSourceIds(raw);
        const sources = ids.length > 0 ? doc.sources.filter((s) => ids.includes(s.id)) : doc.sources.length === 1 ? doc.sources : [];
        return { announced: Number(match[1]), source: { documentId: doc.id, line: doc.bodyLine + i, sentence, sources } };
      }
    }
  }
  return undefined;
}

/** Régions in table order: metropolitan ones, then overseas régions, then other collectivities found in the data. */
function orderedRegions(sites: readonly Site[], regionNames: ReadonlyMap<string, string>): string[] {
  const byName = (a: string, b: string) => fold(a).localeCompare(fold(b));
  const entries = [...regionNames];
  const metro = entries.filter(([code]) => code.length === 2 && Number(code) >= 11).map(([, n]) => n).sort(byName);
  const overseas = entries.filter(([code]) => code.length === 2 && Number(code) < 11).map(([, n]) => n).sort(byName);
  const listed = new Set([...metro, ...overseas]);
  const others = [...new Set(sites.map((s) => s.region))].filter((r) => !listed.has(r)).sort(byName);
  return [...metro, ...overseas, ...others];
}

/** Computes the coverage of a sites directory against the régions and the totals the knowledge announces. */
export function computeCoverage(sites: readonly Site[], documents: readonly KnowledgeDocument[], regionNames: ReadonlyMap<string, string>): CoverageReport {
  const rows: RegionWaveRow[] = [];
  const regionalCentres: CoverageReport['regionalCentres'] = [];
  for (const region of orderedRegions(sites, regionNames)) {
    const inRegion = sites.filter((s) => s.region === region);
    const waves = WAVES.filter((w) => inRegion.some((s) => s.wave === w));
    if (waves.length === 0) rows.push({ region, wave: null, byStatus: Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<SiteStatus, number>, total: 0 });
    for (const wave of waves) {
      const list = inRegion.filter((s) => s.wave === wave);
      const byStatus = Object.fromEntries(STATUSES.map((st) => [st, list.filter((s) => s.status === st).length])) as Record<SiteStatus, number>;
      rows.push({ region, wave, byStatus, total: list.length });
    }
    regionalCentres.push({ region, centres: inRegion.filter((s) => s.kind === 'regional-centre').map((s) => ({ town: s.town, status: s.status })) });
  }
  const totals = ANNOUNCED_TOTALS.map((total) => ({ total, ...findTotal(total, documents), directory: total.count(sites) }));
  return { sites: sites.length, towns: towns(sites), rows, regionalCentres, totals };
}

/** The report as Markdown: the région × call × status table, the regional centres, the announced totals with their sources. */
export function formatCoverage(report: CoverageReport): string {
  const out: string[] = [];
  out.push(`Annuaire : ${report.sites} sites dans ${report.towns} communes.`, '');
  out.push('Sites par région, appel et statut :', '');
  out.push(`| Région | Appel | ${STATUSES.join(' | ')} | Total |`);
  out.push(`|---|---|${STATUSES.map(() => '---:').join('|')}|---:|`);
  for (const row of report.rows) {
    out.push(`| ${row.region} | ${row.wave ?? '— (aucun site)'} | ${STATUSES.map((st) => row.byStatus[st]).join(' | ')} | ${row.total} |`);
  }
  const sum = (st: SiteStatus) => report.rows.reduce((n, r) => n + r.byStatus[st], 0);
  out.push(`| **Total** | | ${STATUSES.map((st) => sum(st)).join(' | ')} | ${report.rows.reduce((n, r) => n + r.total, 0)} |`, '');
  out.push('Sites par appel :', '');
  for (const wave of WAVES) {
    const list = report.rows.filter((r) => r.wave === wave);
    out.push(`- ${wave} : ${list.reduce((n, r) => n + r.total, 0)} sites dans ${list.length} régions`);
  }
  out.push('', 'Centre régional dans l\'annuaire :', '');
  for (const { region, centres } of report.regionalCentres) {
    out.push(`- ${region} : ${centres.length === 0 ? 'aucun (voir la fiche de la région)' : centres.map((c) => `${c.town} (${c.status})`).join(', ')}`);
  }
  out.push('', 'Par rapport aux totaux annoncés :', '');
  for (const line of report.totals) {
    if (line.announced === undefined || !line.source) {
      out.push(`- ${line.total.label} : total introuvable dans la connaissance (motif ${line.total.pattern.source}) ; l'annuaire en compte ${line.directory.value} (${line.directory.how}).`);
      continue;
    }
    const gap = line.announced - line.directory.value;
    out.push(
      `- ${line.total.label} : ${line.announced} annoncés ; l'annuaire en compte ${line.directory.value} (${line.directory.how})` +
        `${gap > 0 ? `, il en manque ${gap}` : gap < 0 ? `, soit ${-gap} de plus` : ''}.`,
    );
    if (line.total.id === 'ami1-2019' || line.total.id === 'ami2-2020') {
      const unknownWave = report.rows.filter((r) => r.wave === 'ami-unknown').reduce((n, r) => n + r.total, 0);
      if (unknownWave > 0) out.push(`  Les ${unknownWave} sites ami-unknown (vague non précisée) peuvent relever de l'un ou l'autre appel.`);
    }
    const cited = line.source.sources.map((s) => `${s.publisher}${s.date ? `, ${s.date}` : ''} (${s.url})`).join(' ; ');
    out.push(`  Source : ${line.source.documentId}:${line.source.line} « ${line.source.sentence} »${cited ? ` — ${cited}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** Loads a knowledge folder (the real one by default) and formats its coverage report. */
export async function knowledgeCoverage(dir?: string): Promise<string> {
  const paths = knowledgePaths(dir);
  const [documents, sites] = [await loadDocuments(paths.docsDir), loadSites(paths.sitesCsv)];
  return formatCoverage(computeCoverage(sites, documents, loadRegionNames()));
}
