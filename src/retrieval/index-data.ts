import { z } from 'zod';
import { documentSourceSchema } from '../knowledge/knowledge-document.js';

/** `passages.json`: the indexed documents and their passages (compact: passages point to documents by ordinal). */
export const indexDataSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      language: z.enum(['fr', 'en']),
      sources: z.array(documentSourceSchema),
      headings: z.array(z.string()),
    }),
  ),
  passages: z.array(
    z.object({
      id: z.string(),
      document: z.number().int().nonnegative(),
      headingPath: z.array(z.string()),
      alternates: z.array(z.string()).optional(),
      text: z.string(),
      translation: z
        .object({ headingPath: z.array(z.string()), alternates: z.array(z.string()).optional(), text: z.string() })
        .optional(),
    }),
  ),
});
export type IndexData = z.infer<typeof indexDataSchema>;

/** `extras.json`: extra sources as ingested (text already extracted), reused when the knowledge changes. */
export const extrasSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    language: z.enum(['fr', 'en']),
    body: z.string(),
    sources: z.array(documentSourceSchema),
    origin: z.literal('extra'),
  }),
);
