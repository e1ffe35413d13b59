import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Passage } from './passage.js';
import type { SourceDocument } from './source-document.js';

/** Sections longer than this (characters) are cut into several passages. */
const MAX_SECTION = 1500;

const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: 1000,
  chunkOverlap: 0,
  separators: ['\n\n', '\n', '. ', ' ', ''],
});

interface Section {
  headings: string[];
  lines: string[];
}

/**
 * Splits a Markdown document along its headings: one passage per `##` (or `###`) section, the text
 * before the first section as its own passage, long sections cut with LangChain's
 * RecursiveCharacterTextSplitter. Each passage keeps its heading path; footnote definitions are dropped.
 */
export async function splitIntoPassages(doc: SourceDocument, documentOrdinal: number): Promise<Passage[]> {
  const sections: Section[] = [{ headings: [], lines: [] }];
  let h2: string | null = null;
  for (const line of doc.body.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!;
      if (level === 1) continue;
      if (level === 2) h2 = text;
      sections.push({ headings: level === 2 || h2 === null ? [text] : [h2, text], lines: [] });
      continue;
    }
    if (/^\[\^[^\]]+\]:/.test(line)) continue;
    sections.at(-1)!.lines.push(line);
  }
  const passages: Passage[] = [];
  for (const section of sections) {
    const text = section.lines.join('\n').trim();
    if (text.length === 0) continue;
    const chunks = text.length > MAX_SECTION ? await splitter.splitText(text) : [text];
    for (const chunk of chunks) {
      passages.push({
        id: `${doc.id}#${passages.length + 1}`,
        document: documentOrdinal,
        headingPath: [doc.title, ...section.headings],
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
