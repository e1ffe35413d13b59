import type { PlaceIndex } from './place-index.js';
import type { SiteDirectory } from './site-directory.js';
import type { KnowledgeNotes } from './knowledge-notes.js';
import type { SourceIndex } from './source-index.js';

/** Everything the centre finder answers from, loaded once at start. */
export interface CentreFinder {
  index: PlaceIndex;
  directory: SiteDirectory;
  sources: SourceIndex;
  /** Course sentences per town and regional centre websites, read from the documents. */
  notes: KnowledgeNotes;
}
