import { describe, expect, it } from 'vitest';
import { LocalEmbeddings } from '../../src/retrieval/local-embeddings.js';

const corpus = [
  'Le deuxième appel à manifestation d’intérêt a été lancé en janvier 2020.',
  'Les formations sont financées par le compte personnel de formation.',
  'Chaumont a ouvert le premier centre en septembre 2019.',
];

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('LocalEmbeddings', () => {
  it('when fitted twice on the same corpus, gives identical vectors', async () => {
    const a = LocalEmbeddings.fit(corpus, { dimensions: 128 });
    const b = new LocalEmbeddings(JSON.parse(JSON.stringify(LocalEmbeddings.fit(corpus, { dimensions: 128 }).vocabulary)));
    expect(await a.embedQuery('deuxieme appel')).toEqual(await b.embedQuery('deuxieme appel'));
    expect(a.vocabulary).toEqual(b.vocabulary);
  });

  it('returns L2-normalised vectors of the configured size', async () => {
    const e = LocalEmbeddings.fit(corpus, { dimensions: 64 });
    const [v] = await e.embedDocuments([corpus[0]!]);
    expect(v).toHaveLength(64);
    expect(norm(v!)).toBeCloseTo(1, 6);
  });

  it('when the query has typos and no accents, stays closest to the right text', async () => {
    const e = LocalEmbeddings.fit(corpus);
    const docs = await e.embedDocuments(corpus);
    const q = await e.embedQuery('financment par le compte persnnel de formaton');
    const sims = docs.map((d) => dot(d, q));
    expect(sims.indexOf(Math.max(...sims))).toBe(1);
  });

  it('when the text has only unknown features, returns the zero vector', () => {
    const e = LocalEmbeddings.fit(corpus, { dimensions: 32 });
    expect(e.embed('zzz qqq').every((x) => x === 0)).toBe(true);
  });
});
