import { CitationList } from '../core/citation-list.js';
import type { Language } from '../core/ask-context.js';
import { groundedSentences, type GroundedSentence } from './grounded-sentence.js';
import type { PassageHit } from '../core/passage-retriever.js';
import { analyze } from '../text/analyze-french.js';
import { CLAIM_MARKER } from '../text/claim-markers.js';
import { fold } from '../text/fold.js';
import type { QuestionKind } from '../text/question-kind.js';

export interface SectionRequest {
  /** The search query the section was found for: which sentences matter most when the section is long. */
  query: string;
  kind: QuestionKind;
  /** The question as the user asked it (its kind and form decide whether a « Oui » or « Non » answers it). */
  asked?: string;
  language: Language;
  /** Most words of the composed text. */
  maxWords: number;
}

/** What a section says, ready to show: its sentences, each with its `[n]`. */
export interface ComposedSection {
  text: string;
  /** Sources give different dates or counts for the asked point: shown version by version. */
  disputed: boolean;
  /** Written from the section's English version. */
  english: boolean;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sentence with each claim marker turned into its citation number, placed before the final period. */
function numbered(sentence: GroundedSentence, citations: CitationList): string {
  let text = sentence.marked;
  if (!CLAIM_MARKER.test(text) && !sentence.absence) text = `${text}${sentence.sources.map((s) => ` [^${s.id}]`).join('')}`;
  CLAIM_MARKER.lastIndex = 0;
  text = text.replace(CLAIM_MARKER, (_, id: string) => {
    const source = sentence.sources.find((s) => s.id === id);
    return source ? ` [${citations.numbers([source], sentence.plain)[0]}]` : '';
  });
  return text
    .replace(/(\[\d+\])(\s\1)+/g, '$1')
    .replace(/\s+,/g, ',')
    .replace(/([.!?…])((?:\s\[\d+\])+)\s*$/, '$2$1')
    .trim();
}

/** The section's sentences in the asked language: its English version for English when it has one. */
function sentencesOf(hit: PassageHit, language: Language): { sentences: GroundedSentence[]; english: boolean } {
  if (language === 'en' && hit.translation) {
    const english = groundedSentences({ ...hit, text: hit.translation.text }, 0);
    if (english.length > 0) return { sentences: english, english: true };
  }
  return { sentences: groundedSentences(hit, 0), english: false };
}

/**
 * The sentences to show: all of them, in order, when they fit the budget; otherwise the first (a section opens on
 * its answer) and then those sharing most of the query's terms, still in the section's order.
 */
function selectSentences(sentences: readonly GroundedSentence[], query: string, maxWords: number): GroundedSentence[] {
  const total = sentences.reduce((n, s) => n + wordCount(s.plain), 0);
  if (total <= maxWords) return [...sentences];
  const wanted = new Set(analyze(query));
  const byRelevance = sentences
    .map((s, i) => ({ s, i, shared: [...s.terms].filter((t) => wanted.has(t)).length }))
    .sort((a, b) => Number(b.i === 0) - Number(a.i === 0) || b.shared - a.shared || a.i - b.i);
  const chosen: Array<{ s: GroundedSentence; i: number }> = [];
  let used = 0;
  for (const candidate of byRelevance) {
    const words = wordCount(candidate.s.plain);
    if (chosen.length > 0 && used + words > maxWords) continue;
    chosen.push(candidate);
    used += words;
  }
  return chosen.sort((a, b) => a.i - b.i).map((c) => c.s);
}

/**
 * The knowledge says where its sources disagree, in a sentence of the section itself (« Les sources donnent
 * plusieurs dates pour… », « Les chiffres d'auditeurs diffèrent selon la source »), before giving each version
 * with who says it and when: such a section is shown version by version.
 */
const DISPUTE =
  /\b(?:les sources (?:ne (?:donnent|disent|comptent) pas (?:toutes|tous)|donnent (?:plusieurs|deux|trois|des) |ne concordent pas|ne s'accordent pas|divergent|varient|different)|(?:different|differe|varient|divergent) selon (?:les |la )?sources?|sans expliquer l'ecart|the sources (?:disagree|differ|give (?:several|two|three|different)\\b))/;

function isDisputed(hit: PassageHit): boolean {
  return DISPUTE.test(fold(hit.text));
}

/** Question kinds that a « Oui » or « Non » does not answer. */
const NOT_YES_NO: ReadonlySet<QuestionKind> = new Set(['when', 'count', 'why', 'how', 'where', 'who']);
/** « … est-il … », « est-ce que … », "Is it …": the form of a yes/no question, whatever its interrogative word. */
const YES_NO_FORM = /-t-(?:il|elle|on)\b|\b\w+-(?:il|elle|ils|elles|on)\b|\best-ce qu|^(?:is|are|can|could|do|does|did|was|were|has|have|will)\b/;

/** Whether a « Oui » or « Non » answers the question: not « Quand … ? », nor « relève de quel AMI ? ». */
function answersYesNo(request: SectionRequest): boolean {
  if (NOT_YES_NO.has(request.kind)) return false;
  return request.kind !== 'what' || YES_NO_FORM.test(fold(request.asked ?? request.query));
}

const YES_NO_LEAD = /^(?:oui|non|yes|no)\s*[,:]\s*(\S)/i;

export const HEAD = {
  disputed: { fr: 'Les sources ne concordent pas sur ce point :', en: 'The sources disagree on this point:' },
  frenchOnly:
    "This part of my knowledge has no English version yet. Here is the assistant's own summary in French of what the sources say (not a quotation):",
} as const;

/**
 * Composes the answer a section gives: its sentences in order within the word budget, each followed by its
 * citation numbers. When its sources give different dates or counts for the asked point, every version is shown
 * on its own line. An English question is answered from the section's English version; without one, the French
 * summary is given and plainly labelled as such. Returns null when the section has no quotable sentence.
 */
export function composeSection(hit: PassageHit, request: SectionRequest, citations: CitationList): ComposedSection | null {
  const { sentences, english } = sentencesOf(hit, request.language);
  if (sentences.length === 0) return null;
  const disputed = isDisputed(hit) && sentences.length > 1;
  const budget = disputed ? Math.round(request.maxWords * 1.3) : request.maxWords;
  const chosen = selectSentences(sentences, request.query, budget);
  const lines = chosen.map((s) => numbered(s, citations));
  // A section of a yes/no question opens on its « Oui, » or « Non, »: not to « depuis quand le Cnam est à Niort ? ».
  if (chosen[0] === sentences[0] && !answersYesNo(request)) lines[0] = lines[0]!.replace(YES_NO_LEAD, (_, first: string) => first.toUpperCase());
  const language = english ? 'en' : 'fr';
  // The sentence that says the sources disagree is the heading's to say, not a version of its own.
  const versions = disputed ? lines.filter((line, i) => !(DISPUTE.test(fold(chosen[i]!.plain)) && !/\[\d+\]/.test(line))) : lines;
  let text = disputed ? `${HEAD.disputed[language]}\n${(versions.length > 0 ? versions : lines).map((l) => `- ${l}`).join('\n')}` : lines.join(' ');
  if (request.language === 'en' && !english) text = `${HEAD.frenchOnly}\n${text}`;
  return { text, disputed, english };
}
