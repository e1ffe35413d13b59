import { readFile } from 'node:fs/promises';
import { KnowledgeError } from './knowledge-error.js';
import { documentId, listMarkdownFiles } from './load-documents.js';
import { loadCommuneCentres, type CommuneCentre } from './load-commune-centres.js';
import { loadCurrentCommunes } from './load-current-communes.js';
import { KNOWLEDGE_DIR, knowledgePaths } from './paths.js';
import { inspectDocument } from './private/inspect-document.js';
import { inspectSites } from './private/inspect-sites.js';
import { inspectTranslations } from './private/inspect-translations.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { sortProblems, type Problem } from './problem.js';
import { httpsHosts, isHttp, servesHttps } from './source-url.js';

function notFound(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  return { file, line: 1, message: code === 'ENOENT' ? 'file or folder not found' : String(error) };
}

/**
 * Checks a knowledge folder (default `knowledge/`): every document under `docs/`, `sites/sites.csv`
 * against the documents, the Etalab current communes and `geo/communes-centres.csv`.
 * Returns every problem found, sorted by file and line; an empty list means the folder is valid.
 * An http source URL (front matter or row) is refused when its host is known to serve https ({@link servesHttps}).
 */
export async function checkKnowledge(dir: string = KNOWLEDGE_DIR): Promise<Problem[]> {
  const paths = knowledgePaths(dir);
  const problems: Problem[] = [];

  // Documents, and the URLs their front matter lists.
  const documentedUrls = new Set<string>();
  const listedUrls: Array<{ file: string; url: string; line: number; index: number }> = [];
  let files: string[] = [];
  try {
    files = await listMarkdownFiles(paths.docsDir);
  } catch (error) {
    problems.push(notFound(paths.docsDir, error));
  }
  const documents: KnowledgeDocument[] = [];
  const fileOf = new Map<KnowledgeDocument, string>();
  for (const file of files) {
    const result = inspectDocument(documentId(paths.docsDir, file), await readFile(file, 'utf8'), file);
    problems.push(...result.problems);
    (result.frontMatter?.sources ?? []).forEach((source, index) => {
      documentedUrls.add(source.url);
      listedUrls.push({ file, url: source.url, line: result.sourceLines?.[index] ?? 1, index });
    });
    if (result.document) {
      documents.push(result.document);
      fileOf.set(result.document, file);
    }
  }
  problems.push(...inspectTranslations(documents, (d) => fileOf.get(d)!));

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
  if (text !== undefined) {
    const file = paths.sitesCsv;
    const { rows, problems: rowProblems } = inspectSites(text, file);
    problems.push(...rowProblems);
    // http URLs: accepted only where the publisher is not known to serve https.
    const known = httpsHosts([...documentedUrls, ...rows.flatMap((r) => r.site.sources)]);
    for (const source of listedUrls) {
      const why = isHttp(source.url) ? servesHttps(source.url, known) : null;
      if (why) problems.push({ file: source.file, line: source.line, message: `front matter sources.${source.index}.url: ${source.url} is http but ${why}: give the https URL` });
    }
    const communes = loadCurrentCommunes();
    const ids = new Map<string, number>();
    const keys = new Map<string, number>();
    for (const { site, line } of rows) {
      const at = (message: string): void => {
        problems.push({ file, line, message });
      };
      const commune = communes.get(site.insee);
      if (!commune) at(`column insee: ${site.insee} is not a current commune code (Etalab)`);
      else if (centres.size > 0 && !centres.has(site.insee)) {
        at(`column insee: ${site.insee} (${commune.nom}) has no coordinates in geo/communes-centres.csv`);
      }
      for (const url of site.sources) {
        const why = isHttp(url) ? servesHttps(url, known) : null;
        if (why) at(`column sources: ${url} is http but ${why}: give the https URL`);
        if (!documentedUrls.has(url)) at(`column sources: ${url} is listed by no document's front matter`);
      }
      const firstId = ids.get(site.id);
      if (firstId !== undefined) at(`duplicate id "${site.id}" (first on line ${firstId})`);
      else ids.set(site.id, line);
      const key = `${site.kind}|${site.insee}|${site.name}`;
      const firstKey = keys.get(key);
      if (firstKey !== undefined) at(`duplicate site: same kind, insee and name as line ${firstKey}`);
      else keys.set(key, line);
    }
  }
  return sortProblems(problems);
}
