import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFLoader } from '@langchain/community/document_loaders/fs/pdf';
import type { DocumentSource } from '../knowledge/knowledge-document.js';
import { parseDocument } from '../knowledge/load-documents.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import type { SourceDocument } from './source-document.js';

/** File extensions `--dir` ingests. */
export const EXTRA_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.pdf', '.txt'] as const;

function citableSource(url: string | undefined, title: string, publisher?: string): DocumentSource[] {
  if (!url?.startsWith('https://')) return [];
  return [{ id: 'page', url, title, publisher: publisher ?? new URL(url).hostname }];
}

function fromMarkdown(id: string, text: string, fallbackTitle: string): SourceDocument {
  try {
    const doc = parseDocument(id, text);
    return { id, title: doc.title, language: doc.language, body: doc.body, sources: doc.sources, origin: 'extra' };
  } catch {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const title = /^#\s+(.+)$/m.exec(body)?.[1]?.trim() ?? fallbackTitle;
    return { id, title, language: 'fr', body, sources: [], origin: 'extra' };
  }
}

function fromHtml(id: string, html: string, url?: string): SourceDocument {
  const page = htmlToMarkdown(html);
  const citeUrl = page.canonicalUrl ?? url;
  return { id, title: page.title, language: 'fr', body: page.markdown, sources: citableSource(citeUrl, page.title, page.publisher), origin: 'extra' };
}

async function fromPdf(id: string, blobOrPath: Blob | string, title: string, url?: string): Promise<SourceDocument> {
  const pages = await new PDFLoader(blobOrPath, { splitPages: true }).load();
  const body = pages.map((p) => p.pageContent.trim()).filter(Boolean).join('\n\n');
  return { id, title, language: 'fr', body, sources: citableSource(url, title), origin: 'extra' };
}

/**
 * Loads one local file as a document: Markdown (with or without knowledge front matter), HTML
 * (its https canonical link is the citation), PDF or plain text. Sources without a public https
 * URL are indexed but never cited.
 */
export async function loadExtraFile(file: string, id = `extra:${path.basename(file)}`): Promise<SourceDocument> {
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file, ext);
  if (ext === '.pdf') return fromPdf(id, file, name);
  const text = await readFile(file, 'utf8');
  if (ext === '.html' || ext === '.htm') return fromHtml(id, text);
  if (ext === '.md' || ext === '.markdown') return fromMarkdown(id, text, name);
  return { id, title: name, language: 'fr', body: text, sources: [], origin: 'extra' };
}

/** Loads every supported file below `dir` (recursively), sorted by path. */
export async function loadExtraDirectory(dir: string): Promise<SourceDocument[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && (EXTRA_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const out: SourceDocument[] = [];
  for (const file of files) out.push(await loadExtraFile(file, `extra:${path.relative(dir, file).split(path.sep).join('/')}`));
  return out;
}

/**
 * Downloads one page (HTML, PDF, Markdown or text, by content type) at ingest time. Only `npm run
 * ingest --url` calls this; the assistant never downloads at run time.
 */
export async function loadExtraUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<SourceDocument> {
  const response = await fetchImpl(url, { redirect: 'follow' });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  const id = url;
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || new URL(url).hostname);
  if (type.includes('pdf') || url.toLowerCase().endsWith('.pdf')) {
    return fromPdf(id, new Blob([await response.arrayBuffer()], { type: 'application/pdf' }), name, url);
  }
  const text = await response.text();
  if (type.includes('html') || /^\s*<(!doctype|html)/i.test(text)) return fromHtml(id, text, url);
  const doc = fromMarkdown(id, text, name);
  return doc.sources.length > 0 ? doc : { ...doc, sources: citableSource(url, doc.title) };
}
