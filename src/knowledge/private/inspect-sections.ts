import { claimSourceIds, plainMarkdown, stripClaimMarkers } from '../../text/claim-markers.js';
import { splitSentences } from '../../text/split-sentences.js';
import type { Problem } from '../problem.js';
import { splitSections, type KnowledgeSection } from '../sections.js';

/** Most alternates a section may list, and most words in one. */
const MAX_ALTERNATES = 12;
const MAX_ALTERNATE_WORDS = 30;

/** An opening that names who says it: « Selon Localtis, … », « D'après le Cnam, … », "According to X, …". */
const SOURCE_OPENING = /^(?:selon|d['’]après|according to)\s+[^,]{2,80},\s*/i;
/** A sentence that leans on the one before it: « Il … », « Cette liste … », « Celui-ci … », "This …". */
const ANAPHORA = {
  fr: /^(?:il|elle|ils|elles|cela|ceci|ça|celui-ci|celle-ci|ceux-ci|celles-ci|ce|cet|cette|ces|ce dernier|cette dernière)\b(?!-)/i,
  en: /^(?:it|its|they|their|this|these|that|those|he|she|the latter|the former)\b/i,
} as const;
/** « Les 11 lauréats … sont A, B et C. », "The 11 winners are: …": a count, then the list it announces. */
const ANNOUNCED_LIST = /\b(\d{1,2})\s+[\p{L}'’-]+s\b[^:]*?(?::|\bsont\b|\bare\b)\s*:?\s*([^.;]+)/u;
/** The list is said to be partial: « dont », « notamment », « font aussi partie », "including". */
const PARTIAL = /\b(?:dont|notamment|parmi|aussi|also|including|among|such as|par exemple|for example)\b/i;

/** The sentences of a section with their body line (0-based). */
function sentencesOf(section: KnowledgeSection, bodyLines: readonly string[]): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const end = bodyLines.findIndex((l, i) => i > section.line && /^#{1,6}\s/.test(l));
  for (let i = section.line; i < (end < 0 ? bodyLines.length : end); i += 1) {
    const line = bodyLines[i]!;
    if (/^#|^>\s*\?/.test(line) || line.trim() === '') continue;
    for (const s of splitSentences(line)) out.push({ text: stripClaimMarkers(plainMarkdown(s)), line: i });
  }
  return out;
}

/**
 * Checks the sections of one document body: alternates are questions (no markers, not the heading again, a
 * bounded number), and every sentence stands alone once extracted — it does not open on a pronoun or a
 * demonstrative that points back (« Il … », « Cette liste … », even after « Selon X, »), and it does not
 * announce more items than it lists (« les 11 lauréats sont : A, B, C »).
 */
export function inspectSections(body: string, bodyLine: number, language: 'fr' | 'en', file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number, message: string) => problems.push({ file, line: bodyLine + line, message });
  const bodyLines = body.split(/\r?\n/);
  for (const section of splitSections(body)) {
    const heading = section.headings.at(-1) ?? '';
    if (section.alternates.length > MAX_ALTERNATES) at(section.line, `section "${heading}" has ${section.alternates.length} alternates (at most ${MAX_ALTERNATES})`);
    section.alternates.forEach((alternate, i) => {
      const line = section.alternateLines[i]!;
      if (!/\?\s*$/.test(alternate)) at(line, 'an alternate ("> ? …") must be a question ending with "?"');
      if (claimSourceIds(alternate).length > 0) at(line, 'an alternate is a question, not a claim: no [^source] marker');
      if (alternate.split(/\s+/).length > MAX_ALTERNATE_WORDS) at(line, `an alternate has at most ${MAX_ALTERNATE_WORDS} words`);
      if (alternate.trim().toLowerCase() === heading.trim().toLowerCase()) at(line, 'an alternate repeats the heading');
      if (section.alternates.indexOf(alternate) !== i) at(line, 'duplicate alternate');
    });
    if (section.headings.length > 0 && section.text.length === 0) at(section.line, `section "${heading}" has no text`);
    for (const sentence of sentencesOf(section, bodyLines)) {
      const opening = sentence.text.replace(SOURCE_OPENING, '');
      if (ANAPHORA[language].test(opening)) {
        at(sentence.line, `a sentence must stand alone once extracted: "${opening.split(/\s+/).slice(0, 3).join(' ')}…" points back to an earlier sentence; name the subject`);
      }
      const list = ANNOUNCED_LIST.exec(sentence.text);
      if (list && !PARTIAL.test(sentence.text)) {
        const announced = Number(list[1]);
        const items = list[2]!.split(/,|\bet\b|\band\b/).filter((item) => item.trim().length > 0).length;
        if (items >= 2 && items < announced) at(sentence.line, `the sentence announces ${announced} items but lists ${items}: say "dont" / "including", or list them all`);
      }
    }
  }
  return problems;
}
