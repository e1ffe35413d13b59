/** A public source a passage's claims rest on (from the document's front matter). */
export interface PassageSource {
  /** Key used by `[^id]` claim markers in the passage text. */
  id: string;
  /** https URL of the public original (a passage whose sources have none is never cited). */
  url: string;
  title: string;
  publisher?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
}

/** One retrieved passage: a section (or part of one) of a knowledge document. */
export interface PassageHit {
  passageId: string;
  documentId: string;
  documentTitle: string;
  /** Document title, then section heading(s): `['Le deuxième AMI', 'Quand a-t-il été lancé ?']`. */
  headingPath: readonly string[];
  /** Markdown text, claim markers `[^source-id]` included. */
  text: string;
  /** Sources of the passage's document; claim markers name them by id. */
  sources: readonly PassageSource[];
  /** Fused rank score (higher is better); only comparable within one search. */
  score: number;
  /** Share (0..1, IDF-weighted) of the query's concepts found in this passage. */
  coverage: number;
  /** Cosine similarity (0..1) between query and passage embeddings; 0 when not among the vector hits. */
  similarity: number;
  /**
   * How well the passage answers the query (0..1): the better of its content match (coverage, similarity) and
   * its question match (the query against the section's heading and alternate questions).
   */
  match: number;
  /** Share (0..1, IDF-weighted) of the query's concepts found in the section's questions (heading, alternates). */
  questionCoverage?: number;
  /** Best cosine similarity (0..1) between the query and one of the section's questions (local embeddings only). */
  questionSimilarity?: number;
  /** Alternate phrasings of the section's question. */
  alternates?: readonly string[];
  /** The section in English (from the document's English version), same sources and markers. */
  translation?: { headingPath: readonly string[]; alternates?: readonly string[]; text: string };
  /** Headings of the document's other sections: questions the knowledge can answer next. */
  relatedQuestions: readonly string[];
}

/** What the core needs from retrieval: the best passages for a query, best first. */
export interface PassageRetriever {
  search(query: string, k: number): PassageHit[] | Promise<PassageHit[]>;
  /**
   * The words of `query` the knowledge never uses, even one typo away (« iphone », « macron »), when the index knows.
   * With `exact`, one typo away counts as unknown too (an acronym is no misspelling: « DETR » is not « dete »).
   */
  unknownWords?(query: string, exact?: boolean): string[];
}
