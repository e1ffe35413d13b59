import type { Citation } from '../../core/answer.js';

/**
 * Most citation claims one message carries, on every channel: Microsoft's Teams emulator rejects a message with
 * more than 10, and Teams draws its citation pop-ups from those claims only.
 */
export const MAX_CITATIONS = 10;

/** The citations a message's entity carries: 1..10, matched to the `[n]` markers by position. */
export function entityCitations(citations: readonly Citation[]): Citation[] {
  return citations.filter((c) => c.n <= MAX_CITATIONS);
}

/**
 * Teams text for an answer citing more than 10 sources: Teams would show a marker above 10 as bare text with no
 * pop-up, so those markers are removed (with the space before them) — no marker without its citation. The
 * sources they pointed to are not lost: `overflowSourcesLine` names them as plain links under the text.
 */
export function removeMarkersAbove(text: string, max = MAX_CITATIONS): string {
  return text.replace(/ ?\[(\d+)\]/g, (marker, n: string) => (Number(n) > max ? '' : marker));
}

const LABEL = { fr: 'Autres sources :', en: 'Other sources:' } as const;

function linkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

/** `Autres sources : [Title](url) · [Title](url)` for the citations beyond 10, or `undefined` when there are none. */
export function overflowSourcesLine(citations: readonly Citation[], language: keyof typeof LABEL, name: (c: Citation) => string): string | undefined {
  const beyond = citations.filter((c) => c.n > MAX_CITATIONS);
  if (beyond.length === 0) return undefined;
  const links = beyond.map((c) => `[${linkText(name(c))}](${c.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  return `${LABEL[language]} ${links.join(' · ')}`;
}
