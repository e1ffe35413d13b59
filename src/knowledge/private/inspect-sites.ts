import { parse } from 'csv-parse/sync';
import { siteSchema, type Site } from '../site.js';
import type { Problem } from '../problem.js';

/** The columns of `sites.csv`, in order. */
export const SITE_COLUMNS = [
  'id',
  'name',
  'kind',
  'town',
  'insee',
  'department',
  'region',
  'collectivity',
  'wave',
  'status',
  'status_date',
  'address',
  'sources',
  'notes',
] as const;

/**
 * Columns a file may add after {@link SITE_COLUMNS}: `other_status_date`, the date another source gives for the same
 * event (« inaugurée le 21 juin selon Le Trois, le 22 selon le Journal du Palais »), so answers give both;
 * `moved_to`, the town a `moved` project went to.
 */
export const OPTIONAL_SITE_COLUMNS = ['other_status_date', 'moved_to'] as const;

/** Schema field for a CSV column (only the dates differ). */
const FIELD: Record<string, string> = { status_date: 'statusDate', other_status_date: 'otherStatusDate', moved_to: 'movedTo' };
const COLUMN: Record<string, string> = { statusDate: 'status_date', otherStatusDate: 'other_status_date', movedTo: 'moved_to' };

/** A valid site with the line of its row in the file. */
export interface SiteRow {
  site: Site;
  line: number;
}

export interface SitesInspection {
  rows: SiteRow[];
  problems: Problem[];
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses `sites.csv` text: exact header, one row per site, empty cells → undefined,
 * `sources` split on ";". Each row is validated with `siteSchema`; problems carry the row's line.
 */
export function inspectSites(text: string, file: string): SitesInspection {
  const problems: Problem[] = [];
  let records: CsvRecord[];
  try {
    records = parse(text, { info: true, bom: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ file, line, message: `CSV: ${(error as Error).message}` }] };
  }
  const [header, ...data] = records;
  const columns: readonly string[] = [...SITE_COLUMNS, ...OPTIONAL_SITE_COLUMNS];
  const named = header?.record.join(',');
  if (!header || (named !== SITE_COLUMNS.join(',') && named !== columns.join(','))) {
    return {
      rows: [],
      problems: [{ file, line: 1, message: `header must be exactly: ${SITE_COLUMNS.join(',')} (optionally followed by ,${OPTIONAL_SITE_COLUMNS.join(',')})` }],
    };
  }
  const rows: SiteRow[] = [];
  for (const { record, info } of data) {
    const newlines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - newlines;
    const raw: Record<string, unknown> = {};
    header.record.forEach((column, i) => {
      const cell = (record[i] ?? '').trim();
      if (cell === '') return;
      raw[FIELD[column] ?? column] =
        column === 'sources'
          ? cell
              .split(';')
              .map((s) => s.trim())
              .filter((s) => s !== '')
          : cell;
    });
    const parsed = siteSchema.safeParse(raw);
    if (parsed.success) {
      rows.push({ site: parsed.data, line });
    } else {
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const column = COLUMN[String(field)] ?? String(field ?? 'row');
        const which = typeof index === 'number' ? ` #${index + 1}` : '';
        problems.push({ file, line, message: `column ${column}${which}: ${issue.message}` });
      }
    }
  }
  return { rows, problems };
}
