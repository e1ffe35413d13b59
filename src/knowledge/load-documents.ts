import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeDocument } from './knowledge-document.js';
import { KnowledgeError } from './knowledge-error.js';
import { DOCS_DIR } from './paths.js';
import { inspectDocument } from './private/inspect-document.js';
import type { Problem } from './problem.js';

/**
 * Parses one Markdown document (front matter + body) held in a string.
 * @param id stable id, e.g. `docs/topics/ami2.md`; also used as the file name in problems.
 * @throws KnowledgeError listing every problem with its line.
 */
export function parseDocument(id: string, text: string): KnowledgeDocument {
  const { document, problems } = inspectDocument(id, text);
  if (!document) throw new KnowledgeError(problems);
  return document;
}

/** Every `*.md` file below `dir`, sorted, as absolute paths. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Id of a document: its path relative to the knowledge folder (the parent of the docs folder), with `/`. */
export function documentId(docsDir: string, file: string): string {
  return path.relative(path.dirname(docsDir), file).split(path.sep).join('/');
}

/**
 * Loads and validates every Markdown document below `dir` (default `knowledge/docs`).
 * @throws KnowledgeError listing the problems of every bad file (`file:line: message`).
 */
export async function loadDocuments(dir: string = DOCS_DIR): Promise<KnowledgeDocument[]> {
  const files = await listMarkdownFiles(dir);
  const documents: KnowledgeDocument[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const result = inspectDocument(documentId(dir, file), await readFile(file, 'utf8'), file);
    if (result.document) documents.push(result.document);
    problems.push(...result.problems);
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return documents;
}
