import type { Answer } from '../../src/core/answer.js';
import { fold } from '../../src/text/fold.js';

/** One knowledge question of a held-out set (written from knowledge/ and the README only). */
export interface KnowledgeCase {
  id: string;
  persona: string;
  category: string;
  language: 'fr' | 'en';
  /** Earlier user messages of the same conversation. */
  turns?: string[];
  question: string;
  /** answer: a cited answer with the facts; unknown: says the sources do not give it; refuse: the fallback. */
  expect: 'answer' | 'unknown' | 'refuse';
  /** Each inner list is one required fact; any alternative suffices. */
  facts: string[][];
  /** Where sources disagree: every version must appear. */
  versions?: string[][];
  mustNot?: string[];
  doc: string;
  note?: string;
}

/** Folded, with thousands separators between digits removed: « 1 800 » = « 1800 » = « 1,800 ». */
export function normalise(text: string): string {
  return fold(text)
    .replace(/(\d)[\s\u00a0\u202f.,](?=\d{3}\b)/g, '$1')
    .replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Whether `text` holds `needle`. A short word (« oui », « non », « yes », « no ») or a bare number must stand as a
 * token of its own: « non » is not in « nombre », « 20 » is not in « 2021 ».
 */
function contains(text: string, needle: string): boolean {
  const n = normalise(needle);
  if (/^(?:[a-z]{1,4}|\d+)$/.test(n)) return new RegExp(`(?<![a-z0-9])${n}(?![a-z0-9])`).test(text);
  return text.includes(n);
}

/** What is wrong with `answer` for `c`, or null when it is right. */
export function judgeKnowledge(c: KnowledgeCase, answer: Answer): string | null {
  // What the user sees: the text and the sources listed under it (publisher, title, date).
  const sources = answer.citations.map((s) => `${s.publisher ?? ''} ${s.title} ${s.date ?? ''}`).join(' ');
  const text = normalise(`${answer.text}\n${sources}`);
  if (c.expect === 'refuse') {
    return answer.kind === 'fallback' && answer.citations.length === 0 ? null : `not refused (${answer.kind})`;
  }
  if (c.expect === 'answer') {
    if (answer.kind !== 'knowledge' && answer.kind !== 'centre') return `not answered (${answer.kind} ${answer.confidence.toFixed(2)})`;
    if (answer.citations.length === 0 || !/\[\d+\]/.test(answer.text)) return 'not cited';
  }
  if (c.expect === 'unknown' && answer.kind === 'smalltalk') return 'smalltalk';
  for (const fact of c.facts) if (!fact.some((alt) => contains(text, alt))) return `missing ${JSON.stringify(fact)}`;
  for (const version of c.versions ?? []) if (!version.some((alt) => contains(text, alt))) return `missing version ${JSON.stringify(version)}`;
  for (const bad of c.mustNot ?? []) if (contains(text, bad)) return `says ${JSON.stringify(bad)}`;
  return null;
}
