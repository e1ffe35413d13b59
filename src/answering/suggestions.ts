import type { PassageHit } from '../core/passage-retriever.js';

/** Up to three other section headings of the retrieved documents: questions the knowledge can answer next. */
export function suggestionsFrom(hits: readonly PassageHit[], question: string): string[] | undefined {
  const seen = new Set(hits.map((h) => h.headingPath.at(-1)));
  const out: string[] = [];
  for (const hit of hits) {
    for (const heading of hit.relatedQuestions) {
      if (out.length >= 3) break;
      if (seen.has(heading) || heading.trim().toLowerCase() === question.trim().toLowerCase()) continue;
      if (!/\?\s*$/.test(heading)) continue;
      seen.add(heading);
      out.push(heading);
    }
  }
  return out.length >= 2 ? out : undefined;
}
