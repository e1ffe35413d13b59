import type { Answer, LookupIntent } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import type { Locality } from './locality.js';
import { toPlace } from './lookup-parts.js';

/** A ready-to-send reply naming one candidate: "Saint-Louis (68)", or with its postal code when the département repeats. */
export function candidateSuggestion(candidate: Locality, all: readonly Locality[]): string {
  const sameDep = all.filter((c) => c.dep === candidate.dep && c.name === candidate.name).length > 1;
  const postcode = (candidate as { postcodes?: string[] }).postcodes?.[0];
  return sameDep && postcode ? `${candidate.name} ${postcode}` : `${candidate.name} (${candidate.dep})`;
}

/** Asks which of several communes the user means; the suggestions resolve it in one click. */
export function composeClarifyAnswer(
  finder: CentreFinder,
  question: Question,
  candidates: readonly Locality[],
  asked: string,
  intent?: LookupIntent,
  note?: string,
): Answer {
  const fr = question.language === 'fr';
  const places = candidates.map((c) => toPlace(c, finder.index));
  const lines = places.map((p) => `- ${p.name} — ${p.department}`);
  const intro = fr
    ? `Plusieurs communes correspondent à « ${asked} ». Laquelle voulez-vous dire ?`
    : `Several communes match "${asked}". Which one do you mean?`;
  return {
    question: question.text,
    kind: 'clarify',
    text: [...(note ? [note, ''] : []), intro, ...lines].join('\n'),
    confidence: 0.5,
    citations: [],
    lookup: { place: null, ...(intent ? { intent } : {}), inTown: false, centres: [], candidates: places },
    suggestions: candidates.map((c) => candidateSuggestion(c, candidates)),
  };
}
