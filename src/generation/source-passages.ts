import type { Language } from '../core/ask-context.js';
import type { PassageHit, PassageSource } from '../core/passage-retriever.js';
import { groundedSentences } from '../answering/grounded-sentence.js';
import { fold } from '../text/fold.js';

/**
 * One numbered source of the prompt: what one public source says in one retrieved section. The model cites it as
 * `[n]`; the check verifies a sentence against exactly this text; the Answer's citation is `source`.
 */
export interface SourcePassage {
  /** 1-based number shown to the model. */
  n: number;
  source: PassageSource;
  /** Heading of the section it comes from (the question it answers). */
  heading: string;
  /** The section's sentences attributed to this source (plain text, markers removed), in order. */
  sentences: string[];
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
 * The numbered sources for the top sections, best section first: for each section, one entry per public source its
 * sentences cite (in the question's language when the section has an English version), and its statements of what
 * the sources do not say attached to its first entry. Sentences that look like instructions are left out.
 */
export function sourcePassages(hits: readonly PassageHit[], language: Language, maxPassages = 8): SourcePassage[] {
  const out: SourcePassage[] = [];
  for (const [rank, hit] of hits.entries()) {
    const english = language === 'en' && hit.translation ? groundedSentences({ ...hit, text: hit.translation.text }, rank) : [];
    const sentences = english.length > 0 ? english : groundedSentences(hit, rank);
    const heading = (english.length > 0 ? hit.translation!.headingPath.at(-1) : hit.headingPath.at(-1)) ?? hit.documentTitle;
    const bySource = new Map<string, SourcePassage>();
    const silences: string[] = [];
    for (const sentence of sentences) {
      if (isInjection(sentence.plain)) continue;
      if (sentence.sources.length === 0) {
        silences.push(sentence.plain);
        continue;
      }
      for (const source of sentence.sources) {
        let passage = bySource.get(source.url);
        if (!passage) bySource.set(source.url, (passage = { n: 0, source, heading, sentences: [] }));
        passage.sentences.push(sentence.plain);
      }
    }
    const passages = [...bySource.values()];
    if (passages[0]) passages[0].sentences.push(...silences);
    for (const passage of passages) {
      if (out.length >= maxPassages) return out;
      out.push({ ...passage, n: out.length + 1 });
    }
  }
  return out;
}

/** How a source is named to the model: number, title, publisher, date, the question its section answers. */
export function passageHeader(passage: SourcePassage): string {
  const details = [passage.source.publisher, passage.source.date].filter(Boolean).join(', ');
  return `[${passage.n}] ${passage.source.title}${details ? ` (${details})` : ''} — ${passage.heading}`;
}

/** Everything the model was shown of a source: header and sentences (what a cited sentence may draw on). */
export function passageText(passage: SourcePassage): string {
  return `${passageHeader(passage)}\n${passage.sentences.join('\n')}`;
}
