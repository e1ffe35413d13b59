/**
 * The answer unit of the knowledge: a `##` section of a document. Its heading is a question; the lines
 * right under it that start with `> ? ` are alternate phrasings of that question (how users ask it); the
 * rest is the answer, one sentence per line, each claim followed by its `[^source-id]` markers.
 *
 * ```markdown
 * ## Quels sont les objectifs du programme ?
 * > ? À quoi sert le programme « Au cœur des territoires » ?
 * > ? What is the programme for?
 * Le Cnam veut rendre la formation professionnelle … accessible partout [^cnam-cp-2019-02].
 * ```
 */
export interface KnowledgeSection {
  /** `##` heading (or `###` under a `##`, as `[h2, h3]`); empty for text before the first heading. */
  headings: string[];
  /** Alternate questions, in order. */
  alternates: string[];
  /** Answer text (Markdown, markers kept), alternates removed. */
  text: string;
  /** 0-based line of the heading in the body (of the first text line for the lead section). */
  line: number;
  /** 0-based body lines of the alternates, in order. */
  alternateLines: number[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** `> ? question`: an alternate phrasing. */
export const ALTERNATE = /^>\s*\?\s+(.*\S)\s*$/;
const FOOTNOTE = /^\[\^[^\]]+\]:/;

/** The sections of a Markdown body, in order; the `# ` title is not a section. Footnote definitions are dropped. */
export function splitSections(body: string): KnowledgeSection[] {
  const sections: KnowledgeSection[] = [{ headings: [], alternates: [], text: '', line: 0, alternateLines: [] }];
  const lines: string[][] = [[]];
  let h2: string | null = null;
  let inAlternates = false;
  body.split(/\r?\n/).forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!;
      if (level === 1) return;
      if (level === 2) h2 = text;
      sections.push({ headings: level === 2 || h2 === null ? [text] : [h2, text], alternates: [], text: '', line: i, alternateLines: [] });
      lines.push([]);
      inAlternates = true;
      return;
    }
    const section = sections.at(-1)!;
    const alternate = ALTERNATE.exec(line);
    if (alternate && inAlternates && section.headings.length > 0) {
      section.alternates.push(alternate[1]!);
      section.alternateLines.push(i);
      return;
    }
    if (line.trim() !== '') inAlternates = false;
    if (FOOTNOTE.test(line)) return;
    lines.at(-1)!.push(line);
  });
  return sections
    .map((s, i) => ({ ...s, text: lines[i]!.join('\n').trim() }))
    .filter((s) => s.headings.length > 0 || s.text.length > 0);
}
