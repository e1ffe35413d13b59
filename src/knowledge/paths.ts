import path from 'node:path';
import { fromRoot } from '../project-root.js';

/** Absolute path of the `knowledge/` folder at the repository root. */
export const KNOWLEDGE_DIR = fromRoot('knowledge');

/** The files and folders inside a knowledge folder. */
export interface KnowledgePaths {
  /** The knowledge folder itself. */
  root: string;
  /** Markdown documents, searched recursively: `<root>/docs`. */
  docsDir: string;
  /** Sites directory: `<root>/sites/sites.csv`. */
  sitesCsv: string;
  /** Commune centres: `<root>/geo/communes-centres.csv`. */
  communeCentresCsv: string;
}

/** Derives the standard paths of a knowledge folder (the real one by default, a temp one in tests). */
export function knowledgePaths(root: string = KNOWLEDGE_DIR): KnowledgePaths {
  return {
    root,
    docsDir: path.join(root, 'docs'),
    sitesCsv: path.join(root, 'sites', 'sites.csv'),
    communeCentresCsv: path.join(root, 'geo', 'communes-centres.csv'),
  };
}

const defaults = knowledgePaths();
/** `knowledge/docs`. */
export const DOCS_DIR = defaults.docsDir;
/** `knowledge/sites/sites.csv`. */
export const SITES_CSV = defaults.sitesCsv;
/** `knowledge/geo/communes-centres.csv`. */
export const COMMUNE_CENTRES_CSV = defaults.communeCentresCsv;
