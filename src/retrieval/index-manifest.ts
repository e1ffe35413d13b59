import { z } from 'zod';

/** Bump when the analyzer, splitter or file layout changes: every older index is then stale. */
export const INDEX_FORMAT_VERSION = 28;

/** `manifest.json` of a built index: what it was built from and how. */
export const indexManifestSchema = z.object({
  formatVersion: z.number().int(),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
  embeddings: z.object({
    provider: z.string(),
    model: z.string(),
    baseUrl: z.string().optional(),
    dimensions: z.number().int().positive(),
  }),
  documents: z.array(z.object({ id: z.string(), hash: z.string(), origin: z.enum(['knowledge', 'extra']) })),
  passages: z.number().int().nonnegative(),
});
export type IndexManifest = z.infer<typeof indexManifestSchema>;

/** Files inside an index folder. */
export const INDEX_FILES = {
  manifest: 'manifest.json',
  passages: 'passages.json',
  vocabulary: 'vocabulary.json',
  extras: 'extras.json',
  vectors: 'hnsw',
} as const;
