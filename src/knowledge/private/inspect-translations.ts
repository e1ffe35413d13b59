import { claimSourceIds } from '../../text/claim-markers.js';
import type { KnowledgeDocument } from '../knowledge-document.js';
import type { Problem } from '../problem.js';
import { splitSections } from '../sections.js';

/**
 * Checks each English version against its French original: the original exists and is French; the two have
 * the same sections with text, in the same order; each English section cites exactly the sources of its French
 * section; every source of the English version is a source of the original (same id, same URL).
 */
export function inspectTranslations(documents: readonly KnowledgeDocument[], fileOf: (doc: KnowledgeDocument) => string): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const english of documents.filter((d) => d.translates)) {
    const file = fileOf(english);
    const at = (line: number, message: string) => problems.push({ file, line, message });
    if (english.language !== 'en') at(1, 'front matter translates: only an English version (language: en) translates a document');
    const original = byId.get(english.translates!);
    if (!original) {
      at(1, `front matter translates: ${english.translates} is no document of the knowledge`);
      continue;
    }
    if (original.language !== 'fr' || original.translates) at(1, `front matter translates: ${original.id} is not a French original`);
    for (const source of english.sources) {
      const same = original.sources.find((s) => s.id === source.id);
      if (!same) at(1, `source ${source.id} is not a source of ${original.id}`);
      else if (same.url !== source.url) at(1, `source ${source.id} has another URL than in ${original.id}`);
    }
    const frSections = splitSections(original.body).filter((s) => s.text && s.headings.length > 0);
    const enSections = splitSections(english.body).filter((s) => s.text && s.headings.length > 0);
    if (frSections.length !== enSections.length) {
      at(english.bodyLine, `has ${enSections.length} sections where ${original.id} has ${frSections.length}: translate every section, in the same order`);
    }
    enSections.forEach((section, i) => {
      const fr = frSections[i];
      if (!fr) return;
      const frIds = new Set(claimSourceIds(fr.text));
      const enIds = new Set(claimSourceIds(section.text));
      const missing = [...frIds].filter((id) => !enIds.has(id));
      const extra = [...enIds].filter((id) => !frIds.has(id));
      if (missing.length > 0 || extra.length > 0) {
        at(
          english.bodyLine + section.line,
          `section "${section.headings.at(-1)}" must cite the sources of "${fr.headings.at(-1)}"` +
            `${missing.length ? `; missing ${missing.map((m) => `[^${m}]`).join(' ')}` : ''}${extra.length ? `; not in the original ${extra.map((m) => `[^${m}]`).join(' ')}` : ''}`,
        );
      }
    });
  }
  return problems;
}
