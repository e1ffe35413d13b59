import { VERB_LEMMAS_DATA } from './verb-lemmas-data.js';

let forms: Map<string, string> | null = null;

/**
 * The stem a conjugated form of one of the knowledge's verbs stands for (« dirigeait » → `dirig`, « retiendra » →
 * `retenu`), from the Lefff's conjugations (see verb-lemmas-data.ts); undefined for other words. Built on first use.
 */
export function verbStem(word: string): string | undefined {
  if (!forms) {
    forms = new Map();
    for (const line of VERB_LEMMAS_DATA.split('\n')) {
      const [stem, ...rest] = line.split(' ');
      if (stem) for (const form of rest) forms.set(form, stem);
    }
  }
  return forms.get(word);
}
