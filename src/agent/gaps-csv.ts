import type { Gap } from './gap-report.js';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
const BOM = '\uFEFF';

/**
 * Semicolon-separated, as French Excel expects by default; a field with a separator, quote or line break is
 * quoted (quotes doubled), and one starting with = + - @ gets a leading apostrophe so a spreadsheet never
 * runs it as a formula.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = ['question', 'question_normalisee', 'total', 'repli', 'confiance_faible', 'avis_negatifs', 'derniere_fois', 'commentaires'];

/** The gap report as CSV (UTF-8 with BOM, CRLF line ends, header row first). */
export function gapsToCsv(gaps: readonly Gap[]): string {
  const rows = gaps.map((g) =>
    [g.question, g.key, g.total, g.fallback, g.lowConfidence, g.dislikes, g.lastAt, g.comments.join(' | ')].map(csvField).join(';'),
  );
  return `${BOM}${[HEADER.join(';'), ...rows].join('\r\n')}\r\n`;
}
