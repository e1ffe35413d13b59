import type { Language } from '../core/ask-context.js';
import type { PassageHit, PassageSource } from '../core/passage-retriever.js';
import { groundedSentences } from '../answering/grounded-sentence.js';
import { fold } from '../text/fold.js';

/**
 * One numbered source of the prompt: what one public source says in the retrieved sections. The model cites it as
 * `[n]`; the check verifies a sentence against exactly this text; the Answer's citation is `source`.
 */
export interface SourcePassage {
  /** 1-based number shown to the model. */
  n: number;
  source: PassageSource;
  /** The sections' sentences attributed to this source (plain text, markers removed), best section first. */
  sentences: string[];
  /** The question (heading) of the section each sentence comes from. */
  headings: string[];
}

/**
 * Sentences written as orders to a language model (« ignore your instructions », « tu es désormais… »): a prompt
 * injection planted in a source. They are never shown to the model and can never support a generated sentence.
 */
const INJECTION =
  /\b(?:ignore[rsz]?|disregard|oublie[rsz]?|forget)\b.{0,40}\b(?:instructions?|consignes?|regles|rules|prompt|previous|precedent)|\b(?:system prompt|prompt systeme|you are now|tu es desormais|vous etes desormais|jailbreak|as an ai|en tant qu'ia)\b|\b(?:reponds?|repondez|answer|reply|say|dis|dites)\s+(?:only|uniquement|seulement|que|that)\b/;

export function isInjection(sentence: string): boolean {
  return INJECTION.test(fold(sentence));
}

/**
 * The numbered sources for the top sections, best section first: one number per public source (by URL), carrying
 * the sentences of every given section that cite it (in the question's language when the section has an English
 * version); a section's statements of what the sources do not say go with its first source. Sentences that look
 * like instructions are left out.
 */
export function sourcePassages(hits: readonly PassageHit[], language: Language, maxPassages = 8): SourcePassage[] {
  const bySource = new Map<string, SourcePassage>();
  const add = (source: PassageSource, sentence: string, heading: string): SourcePassage | undefined => {
    let passage = bySource.get(source.url);
    if (!passage) {
      if (bySource.size >= maxPassages) return undefined;
      bySource.set(source.url, (passage = { n: bySource.size + 1, source, sentences: [], headings: [] }));
    }
    if (!passage.sentences.includes(sentence)) {
      passage.sentences.push(sentence);
      passage.headings.push(heading);
    }
    return passage;
  };
  for (const [rank, hit] of hits.entries()) {
    const english = language === 'en' && hit.translation ? groundedSentences({ ...hit, text: hit.translation.text }, rank) : [];
    const sentences = english.length > 0 ? english : groundedSentences(hit, rank);
    const heading = (english.length > 0 ? hit.translation!.headingPath.at(-1) : hit.headingPath.at(-1)) ?? hit.documentTitle;
    const silences: string[] = [];
    let first: PassageSource | undefined;
    for (const sentence of sentences) {
      if (isInjection(sentence.plain)) continue;
      if (sentence.sources.length === 0) {
        silences.push(sentence.plain);
        continue;
      }
      for (const source of sentence.sources) if (add(source, sentence.plain, heading)) first ??= source;
    }
    if (first) for (const silence of silences) add(first, silence, heading);
  }
  return [...bySource.values()];
}

/** How a source is named to the model: number, title, publisher, date. */
export function passageHeader(passage: SourcePassage): string {
  const details = [passage.source.publisher, passage.source.date].filter(Boolean).join(', ');
  return `[${passage.n}] ${passage.source.title}${details ? ` (${details})` : ''}`;
}

/** Everything the model was shown of a source: header, the questions it answers and its sentences. */
export function passageText(passage: SourcePassage): string {
  return `${passageHeader(passage)}\n${passage.sentences.join('\n')}`;
}

/**
 * The sources as the prompt shows them: the numbered list of sources, then each section's question with its
 * sentences, each followed by the numbers of the sources that say it (a sentence two sources share is written once).
 */
export function promptSources(passages: readonly SourcePassage[]): string {
  const list = passages.map(passageHeader);
  const sections = new Map<string, Map<string, number[]>>();
  for (const passage of passages) {
    passage.sentences.forEach((sentence, i) => {
      const heading = passage.headings[i]!;
      let sentences = sections.get(heading);
      if (!sentences) sections.set(heading, (sentences = new Map()));
      const numbers = sentences.get(sentence) ?? [];
      if (!numbers.includes(passage.n)) numbers.push(passage.n);
      sentences.set(sentence, numbers);
    });
  }
  const blocks = [...sections].map(([heading, sentences]) => `« ${heading} »\n${[...sentences].map(([sentence, ns]) => `- ${sentence} ${ns.map((n) => `[${n}]`).join('')}`).join('\n')}`);
  return `${list.join('\n')}\n\n${blocks.join('\n\n')}`;
}
