import { LineCounter, parseDocument as parseYaml } from 'yaml';
import { frontMatterSchema, type FrontMatter, type KnowledgeDocument } from '../knowledge-document.js';
import type { Problem } from '../problem.js';
import { inspectSections } from './inspect-sections.js';
import { lineOfPath } from './yaml-line.js';

/** Result of reading one Markdown document: the document when valid, and every problem found. */
export interface DocumentInspection {
  document?: KnowledgeDocument;
  /** The front matter when it is valid, even if the body has problems. */
  frontMatter?: FrontMatter;
  /** With a valid front matter: the 1-based file line of each source's `url` key, in order. */
  sourceLines?: number[];
  /** With a valid front matter: the body and the file line of its first line, even if the body has problems. */
  body?: { text: string; line: number };
  problems: Problem[];
}

const FENCE = /^(?:---|\.\.\.)\s*$/;
const MARKER = /\[\^([^\]\s]*)\]/g;

/**
 * Parses front matter (YAML, failsafe schema: every scalar stays a string, so `2020-01` is not a number)
 * and checks it with `frontMatterSchema`; then checks the body has a `# ` title and that each `[^id]`
 * marker names a source of the front matter. Line numbers are 1-based lines of `text`.
 */
export function inspectDocument(id: string, text: string, file: string = id, options: { checkSections?: boolean } = {}): DocumentInspection {
  const problems: Problem[] = [];
  const at = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? '')) {
    at(1, 'missing front matter: the file must start with a line "---"');
    return { problems };
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    at(1, 'front matter is not closed by a line "---"');
    return { problems };
  }
  const yamlText = lines.slice(1, close).join('\n');
  // Line k of yamlText is line k + 1 of the file.
  const counter = new LineCounter();
  const doc = parseYaml(yamlText, { schema: 'failsafe', lineCounter: counter, prettyErrors: true });
  for (const error of doc.errors) {
    at((error.linePos?.[0].line ?? 1) + 1, `YAML: ${error.message.split('\n')[0]}`);
  }
  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  if (doc.errors.length > 0) return { problems };

  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = lineOfPath(doc, counter, issue.path, 1) + 1;
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      at(line, `front matter ${where}${issue.message}`);
    }
  }

  if (!lines.slice(close + 1).some((l) => /^# \S/.test(l))) {
    at(bodyLine, 'missing "# Title" heading in the body');
  }

  const sourceIds = new Set(parsed.success ? parsed.data.sources.map((s) => s.id) : []);
  if (parsed.success) {
    const seen = new Set<string>();
    parsed.data.sources.forEach((s, i) => {
      if (seen.has(s.id)) {
        at(lineOfPath(doc, counter, ['sources', i, 'id'], 1) + 1, `front matter: duplicate source id "${s.id}"`);
      }
      seen.add(s.id);
    });
  }
  lines.slice(close + 1).forEach((l, i) => {
    for (const match of l.matchAll(MARKER)) {
      const ref = match[1] ?? '';
      if (parsed.success && !sourceIds.has(ref)) {
        at(bodyLine + i, `claim marker [^${ref}] names no source of the front matter`);
      }
    }
  });

  if (!parsed.success) return { problems };
  // Writing rules (alternates, standalone sentences): `npm run knowledge:check`, not every load.
  if (options.checkSections) problems.push(...inspectSections(body, bodyLine, parsed.data.language, file));
  const sourceLines = parsed.data.sources.map((_s, i) => lineOfPath(doc, counter, ['sources', i, 'url'], 1) + 1);
  const known = { frontMatter: parsed.data, sourceLines, body: { text: body, line: bodyLine } };
  if (problems.length > 0) return { ...known, problems };
  return { document: { ...parsed.data, id, body, bodyLine }, ...known, problems };
}
