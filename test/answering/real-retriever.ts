import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { loadOrBuildIndex } from '../../src/retrieval/load-or-build-index.js';

/** The index of the built-in knowledge, built once for a test file in a temporary folder (removed afterwards). */
export function realRetriever(): () => HybridRetriever {
  let dir: string;
  let retriever: HybridRetriever;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cnam-retriever-'));
    ({ retriever } = await loadOrBuildIndex({ directory: path.join(dir, 'index'), embeddings: { provider: 'local' } }));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => retriever;
}
