import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { splitSections } from '../knowledge/sections.js';
import type { Passage } from './passage.js';
import type { SourceDocument } from './source-document.js';

/** Sections longer than this (characters) are cut into several passages: extra sources without headings. */
const MAX_SECTION = 4000;

const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1500, chunkOverlap: 0, separators: ['\n\n', '\n', '. ', ' ', ''] });

/**
 * Splits a Markdown document into its sections ({@link splitSections}): one passage per `##` (or `###`) section,
 * the text before the first section as its own passage. A section is the answer unit, so it is never cut; its
 * alternate questions travel with it. Each passage keeps its heading path.
 */
export async function splitIntoPassages(doc: SourceDocument, documentOrdinal: number): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (const section of splitSections(doc.body)) {
    if (section.text.length === 0) continue;
    // Only long extra sources (a PDF without headings) are cut; knowledge sections are short.
    const chunks = section.text.length > MAX_SECTION ? await splitter.splitText(section.text) : [section.text];
    for (const chunk of chunks) {
      passages.push({
        id: `${doc.id}#${passages.length + 1}`,
        document: documentOrdinal,
        headingPath: [doc.title, ...section.headings],
        ...(section.alternates.length > 0 ? { alternates: section.alternates } : {}),
        text: chunk.trim(),
      });
    }
  }
  return passages;
}

/** The `##` headings of a document, in order: candidate follow-up questions. */
export function sectionHeadings(doc: SourceDocument): string[] {
  return [...doc.body.matchAll(/^##\s+(.*?)\s*#*\s*$/gm)].map((m) => m[1]!);
}
