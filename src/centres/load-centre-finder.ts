import type { KnowledgeDocument } from '../knowledge/knowledge-document.js';
import { loadDocuments } from '../knowledge/load-documents.js';
import { loadSites } from '../knowledge/load-sites.js';
import type { Site } from '../knowledge/site.js';
import type { CentreFinder } from './centre-finder.js';
import { loadGazetteer, type LoadGazetteerOptions } from './load-gazetteer.js';
import { createPlaceIndex } from './place-index.js';
import { createSiteDirectory } from './site-directory.js';
import { createKnowledgeNotes } from './knowledge-notes.js';
import { createSourceIndex, type SourceDocument } from './source-index.js';
import { fold } from '../text/fold.js';

export interface LoadCentreFinderOptions extends LoadGazetteerOptions {
  /** Sites to use instead of `knowledge/sites/sites.csv` (tests). */
  sites?: readonly Site[];
  /** Documents to use instead of `knowledge/docs` (tests); they give the citations' titles and dates. */
  documents?: readonly SourceDocument[];
}

/**
 * Loads the gazetteer (rebuilding its cache if needed), the sites directory and the documents' sources,
 * and builds the centre finder. Runs at server start.
 */
export async function loadCentreFinder(options: LoadCentreFinderOptions = {}): Promise<CentreFinder> {
  const { gazetteer } = loadGazetteer(options);
  const index = createPlaceIndex(gazetteer);
  const sites = options.sites ?? loadSites();
  const documents: readonly SourceDocument[] = options.documents ?? ((await loadDocuments()) as KnowledgeDocument[]);
  const sources = createSourceIndex(documents);
  index.knowledgeWords = knowledgeWords(documents, index);
  return { index, directory: createSiteDirectory(sites, index), sources, notes: createKnowledgeNotes(documents, sources, index) };
}

/** Folded words of 5 letters or more the documents use that no place name uses: never typos of a commune. */
function knowledgeWords(documents: readonly SourceDocument[], index: ReturnType<typeof createPlaceIndex>): Set<string> {
  const words = new Set<string>();
  for (const d of documents) for (const w of fold(d.body).split(/[^a-z0-9]+/)) if (w.length >= 5 && !/\d/.test(w)) words.add(w);
  for (const key of index.localities.keys()) for (const w of key.split(' ')) words.delete(w);
  return words;
}
