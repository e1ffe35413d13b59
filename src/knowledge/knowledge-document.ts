import { z } from 'zod';
import { isoDateSchema } from '../core/answer.js';
import { sourceUrlSchema } from './source-url.js';

/**
 * Front matter of a Markdown document in `knowledge/docs/`. Parsed once at load; later code trusts it.
 */
export const documentSourceSchema = z.object({
  /** Short key used by `[^id]` claim markers in the body, e.g. `localtis-2020-01`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  /** The public original: https, or http when the publisher serves no https (see `source-url.ts`). */
  url: sourceUrlSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date as the source shows it: YYYY-MM-DD, or YYYY-MM / YYYY when no day is given. */
  date: isoDateSchema.optional(),
});

export const frontMatterSchema = z.object({
  title: z.string().min(1),
  language: z.enum(['fr', 'en']),
  tags: z.array(z.string().min(1)).default([]),
  /** Date this document was last checked against its sources. */
  updated: isoDateSchema,
  sources: z.array(documentSourceSchema).min(1, 'at least one public source'),
  /**
   * An English version of a French document: the id of the original (`docs/topics/contacts.md`). Its sections
   * follow the original's one for one, with the same sources; answers in English are written from it.
   */
  translates: z.string().regex(/^docs\/[a-z0-9/-]+\.md$/, 'the id of the French original, e.g. docs/topics/contacts.md').optional(),
});

export type DocumentSource = z.infer<typeof documentSourceSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A loaded knowledge document. */
export interface KnowledgeDocument extends FrontMatter {
  /** Path relative to the knowledge folder, with forward slashes: stable id. */
  id: string;
  /** Markdown body without front matter. */
  body: string;
  /** 1-based line of the body's first line in the file (for file:line messages). */
  bodyLine: number;
}
