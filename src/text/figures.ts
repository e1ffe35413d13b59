import { fold } from './fold.js';

/**
 * Figures a sentence states: dates (for « quand » questions) and counts (for « combien » questions).
 * Two sources disagree on a point only when the figures they give for it differ and neither is an
 * approximation of the other: « 85 candidatures » and « environ 40 % » do not contradict « 85
 * candidatures, environ 38 % ».
 */

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTH = MONTHS.join('|');

/** A date as precise as the sentence gives it. */
export interface DateFigure {
  day?: number;
  /** 1..12 */
  month?: number;
  year?: number;
  /** « fin mars », « début 2020 ». */
  part?: 'debut' | 'mi' | 'fin';
}

/** A count; approximate when hedged (« environ », « plus de », « près de », "about"). */
export interface CountFigure {
  value: number;
  approximate: boolean;
}

/**
 * Parenthesised publication dates « (janvier 2020) », « (27 janvier 2020) » and « dans son article du
 * 27 septembre 2019 »: when a source wrote, not what it says.
 */
const ATTRIBUTION_DATE = new RegExp(
  `\\((?:[^()]*?\\b)?(?:\\d{1,2}(?:er)? )?(?:${MONTH}) \\d{4}\\)|\\(\\d{4}\\)|\\b(?:dans son|dans un|son) (?:article|communique|entretien|numero)(?: \\w+)? du \\d{1,2}(?:er)? (?:${MONTH}) \\d{4}`,
  'g',
);

const DATE = new RegExp(
  `\\b(?:(debut|mi|fin)[- ])?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:(\\d{1,2})(?:er)? )?(${MONTH})(?: (\\d{4}))?\\b|\\b(?:(debut|mi|fin)[- ])?((?:19|20)\\d\\d)\\b`,
  'g',
);

/** Dates stated by a (plain) sentence, publication dates left out. */
export function datesOf(text: string): DateFigure[] {
  const folded = fold(text).replace(ATTRIBUTION_DATE, ' ');
  const out: DateFigure[] = [];
  for (const m of folded.matchAll(DATE)) {
    if (m[3]) {
      const d: DateFigure = { month: MONTHS.indexOf(m[3]) + 1 };
      if (m[2]) d.day = Number(m[2]);
      if (m[4]) d.year = Number(m[4]);
      if (m[1]) d.part = m[1] as DateFigure['part'];
      out.push(d);
    } else if (m[6]) {
      const d: DateFigure = { year: Number(m[6]) };
      if (m[5]) d.part = m[5] as DateFigure['part'];
      out.push(d);
    }
  }
  return out;
}

/** Whether two dates can be the same day: every part both give is equal. */
export function datesCompatible(a: DateFigure, b: DateFigure): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  // « fin mars » is not « début mars » (a bare year only agrees or not on its year).
  if (a.part && b.part && a.part !== b.part && a.month === b.month) return false;
  return true;
}

/** A date with at least a month: precise enough to contradict another one. */
export function isPreciseDate(d: DateFigure): boolean {
  return d.month !== undefined;
}

/** Whether some date of `a` can be some date of `b`. */
export function dateSetsAgree(a: readonly DateFigure[], b: readonly DateFigure[]): boolean {
  return a.some((x) => b.some((y) => datesCompatible(x, y)));
}

/** Display form: « 20 juillet 2020 », « fin mars ». */
export function formatDateFigure(d: DateFigure): string {
  return [d.part, d.day, d.month ? MONTHS[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(' ');
}

const HEDGE = /(?:\benviron|\bpres de|\bplus de|\bmoins de|\bau moins|\bau plus|\bquelque|\bun peu plus de|\bun peu moins de|\babout|\baround|\bnearly|\balmost|\bover|\bmore than|\bless than|\bat least|~|≈|>|<)\s*$/;

/**
 * Counts stated by a (plain) sentence: digits, years, days of dates, percentages and publication
 * dates left out. With `isNoun` (the asked noun: « candidatures »), only the counts followed within
 * three words by such a noun (« 85 candidatures », « 90 dossiers déposés »).
 */
export function countsOf(text: string, isNoun?: (word: string) => boolean): CountFigure[] {
  const folded = fold(text).replace(ATTRIBUTION_DATE, ' ');
  const all: Array<CountFigure & { attached: boolean }> = [];
  const re = /\b(\d{1,3}(?:[  ]\d{3})*|\d+)(?:[.,]\d+)?\b/g;
  for (const m of folded.matchAll(re)) {
    const raw = m[1]!;
    const value = Number(raw.replace(/[  ]/g, ''));
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const before = folded.slice(Math.max(0, m.index - 25), m.index);
    if (/^(?:19|20)\d\d$/.test(raw) && !/^\s*(?:[a-z]+\s+){0,1}(candidat|ville|commune|site|centre|personne|auditeur|dossier|reponse|collectivit|laureat)/.test(after)) continue;
    if (new RegExp(`^\\s*(?:er\\s+)?(?:${MONTH})\\b`).test(after)) continue;
    if (/^\s*(?:%|pour ?cent|percent)/.test(after)) continue;
    if (/\b(?:n°|no|numero|article|page)\s*$/.test(before)) continue;
    const approximate = HEDGE.test(before);
    const next = after.split(/[^a-z0-9'-]+/).filter(Boolean).slice(0, 3);
    const attached = !!isNoun && next.some((w) => isNoun(w));
    all.push({ value, approximate, attached });
  }
  return all.filter((c) => !isNoun || c.attached).map(({ value, approximate }) => ({ value, approximate }));
}

/**
 * Whether two count sets can describe the same thing: they share an exact figure, or one is an
 * approximation (« plus de 80 », « environ 40 ») close enough to the other (within 15 %).
 */
export function countSetsAgree(a: readonly CountFigure[], b: readonly CountFigure[]): boolean {
  return a.some((x) =>
    b.some((y) => {
      if (x.value === y.value) return true;
      if (!x.approximate && !y.approximate) return false;
      return Math.abs(x.value - y.value) <= 0.15 * Math.max(x.value, y.value);
    }),
  );
}
