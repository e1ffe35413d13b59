import { readFile } from 'node:fs/promises';
import { KnowledgeError } from './knowledge-error.js';
import { documentId, listMarkdownFiles } from './load-documents.js';
import { loadCommuneCentres, type CommuneCentre } from './load-commune-centres.js';
import { loadCurrentCommunes, loadRegionNames } from './load-current-communes.js';
import { KNOWLEDGE_DIR, knowledgePaths } from './paths.js';
import { inspectDocument } from './private/inspect-document.js';
import { inspectSites, type SiteRow } from './private/inspect-sites.js';
import { inspectTranslations } from './private/inspect-translations.js';
import { duplicateRows, namesTown, sectionText } from './private/site-rules.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { sortProblems, type Problem } from './problem.js';
import { splitSections } from './sections.js';
import { claimSourceIds } from '../text/claim-markers.js';
import { httpsHosts, isHttp, servesHttps } from './source-url.js';

function notFound(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  return { file, line: 1, message: code === 'ENOENT' ? 'file or folder not found' : String(error) };
}

/** What the site checks need of one document: where its sources are, and each section's text and cited sources. */
interface DocumentSources {
  id: string;
  file: string;
  sources: Array<{ id: string; url: string; line: number; index: number }>;
  sections: Array<{ text: string; cites: Set<string> }>;
}

/**
 * Whether a document speaks of a site through one of its sources: a section (heading and answer) names the
 * site's town and cites that source (by a `[^id]` marker, or as the document's only source).
 */
function speaksOf(doc: DocumentSources, url: string, town: string): 'yes' | 'uncited' | 'unnamed' {
  const naming = doc.sections.filter((s) => namesTown(s.text, town));
  if (naming.length === 0) return 'unnamed';
  const ids = doc.sources.filter((s) => s.url === url).map((s) => s.id);
  const single = doc.sources.length === 1;
  return naming.some((s) => single || ids.some((id) => s.cites.has(id))) ? 'yes' : 'uncited';
}

/**
 * Checks a knowledge folder (default `knowledge/`): every document under `docs/`, `sites/sites.csv`
 * against the documents, the Etalab current communes and `geo/communes-centres.csv`.
 * Returns every problem found, sorted by file and line; an empty list means the folder is valid.
 *
 * Beyond the schemas: an http source URL whose host is known to serve https is refused (front matter and rows);
 * every source of a site row must be listed by a document having a section that names the site's town and cites
 * that source (by its marker, or as the document's only source); a row's
 * département and région must be those of its commune; no two rows may describe one site.
 */
export async function checkKnowledge(dir: string = KNOWLEDGE_DIR): Promise<Problem[]> {
  const paths = knowledgePaths(dir);
  const problems: Problem[] = [];

  // Documents, their sources and sections.
  let files: string[] = [];
  try {
    files = await listMarkdownFiles(paths.docsDir);
  } catch (error) {
    problems.push(notFound(paths.docsDir, error));
  }
  const documents: KnowledgeDocument[] = [];
  const fileOf = new Map<KnowledgeDocument, string>();
  const listed: DocumentSources[] = [];
  for (const file of files) {
    const id = documentId(paths.docsDir, file);
    const result = inspectDocument(id, await readFile(file, 'utf8'), file, { checkSections: true });
    problems.push(...result.problems);
    if (result.frontMatter && result.body) {
      listed.push({
        id,
        file,
        sources: result.frontMatter.sources.map((s, index) => ({ id: s.id, url: s.url, line: result.sourceLines?.[index] ?? 1, index })),
        sections: splitSections(result.body.text)
          .filter((s) => s.headings.length > 0)
          .map((s) => ({ text: sectionText(s), cites: new Set(claimSourceIds(s.text)) })),
      });
    }
    if (result.document) {
      documents.push(result.document);
      fileOf.set(result.document, file);
    }
  }
  problems.push(...inspectTranslations(documents, (d) => fileOf.get(d)!));
  const documentsListing = new Map<string, DocumentSources[]>();
  for (const doc of listed) {
    for (const { url } of doc.sources) {
      const list = documentsListing.get(url) ?? [];
      if (!list.includes(doc)) list.push(doc);
      documentsListing.set(url, list);
    }
  }

  // Commune centres.
  let centres = new Map<string, CommuneCentre>();
  try {
    centres = loadCommuneCentres(paths.communeCentresCsv);
  } catch (error) {
    if (error instanceof KnowledgeError) problems.push(...error.problems);
    else problems.push(notFound(paths.communeCentresCsv, error));
  }

  // Sites.
  let text: string | undefined;
  try {
    text = await readFile(paths.sitesCsv, 'utf8');
  } catch (error) {
    problems.push(notFound(paths.sitesCsv, error));
  }
  let rows: SiteRow[] = [];
  if (text !== undefined) {
    const inspection = inspectSites(text, paths.sitesCsv);
    rows = inspection.rows;
    problems.push(...inspection.problems);
  }

  // http URLs: accepted only where the publisher is not known to serve https.
  const known = httpsHosts([...listed.flatMap((d) => d.sources.map((s) => s.url)), ...rows.flatMap((r) => r.site.sources)]);
  for (const doc of listed) {
    for (const source of doc.sources) {
      const why = isHttp(source.url) ? servesHttps(source.url, known) : null;
      if (why) problems.push({ file: doc.file, line: source.line, message: `front matter sources.${source.index}.url: ${source.url} is http but ${why}: give the https URL` });
    }
  }

  const file = paths.sitesCsv;
  const communes = loadCurrentCommunes();
  const regions = loadRegionNames();
  const ids = new Map<string, number>();
  for (const { site, line } of rows) {
    const at = (message: string): void => {
      problems.push({ file, line, message });
    };
    const commune = communes.get(site.insee);
    if (!commune) at(`column insee: ${site.insee} is not a current commune code (Etalab)`);
    else {
      if (centres.size > 0 && !centres.has(site.insee)) {
        at(`column insee: ${site.insee} (${commune.nom}) has no coordinates in geo/communes-centres.csv`);
      }
      if (commune.departement !== site.department) {
        at(`column department: ${site.department} is not the département of ${site.insee} (${commune.nom}), which is ${commune.departement}`);
      }
      const region = regions.get(commune.region);
      if (region && region !== site.region) at(`column region: "${site.region}" is not the région of ${site.insee} (${commune.nom}), which is "${region}"`);
    }
    for (const url of site.sources) {
      const why = isHttp(url) ? servesHttps(url, known) : null;
      if (why) at(`column sources: ${url} is http but ${why}: give the https URL`);
      const docs = documentsListing.get(url);
      if (!docs) {
        at(`column sources: ${url} is listed by no document's front matter`);
      } else {
        const verdicts = docs.map((d) => speaksOf(d, url, site.town));
        const where = docs.length > 3 ? `${docs.slice(0, 3).map((d) => d.id).join(', ')} and ${docs.length - 3} more` : docs.map((d) => d.id).join(', ');
        if (verdicts.every((v) => v === 'unnamed')) {
          at(`column sources: ${url} is listed by ${where}, where no section names ${site.town}: cite a source that speaks of this site, or add the section that does`);
        } else if (!verdicts.includes('yes')) {
          at(`column sources: ${url} is listed by ${where}, but no section naming ${site.town} cites it: cite a source that speaks of this site, or say there what it says of ${site.town}`);
        }
      }
    }
    const firstId = ids.get(site.id);
    if (firstId !== undefined) at(`duplicate id "${site.id}" (first on line ${firstId})`);
    else ids.set(site.id, line);
  }
  for (const { row, message } of duplicateRows(rows)) problems.push({ file, line: row.line, message });
  return sortProblems(problems);
}
