import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms } from '../../src/text/analyze-french.js';
import { Bm25Index, englishCognate } from '../../src/retrieval/bm25-index.js';
import { reciprocalRankFusion } from '../../src/retrieval/reciprocal-rank-fusion.js';

const passages = [
  'Comment candidater ? Les collectivités répondent à l’appel à manifestation d’intérêt.',
  'Le CPF finance les formations certifiantes.',
  'Chaumont a ouvert le premier centre du programme.',
  'Le jury réunit le Cnam, Villes de France et l’AdCF.',
];
const index = new Bm25Index(passages.map(analyze));

describe('Bm25Index', () => {
  it('ranks the passage holding the query terms first', () => {
    expect(index.search(analyzeTerms('Qui compose le jury ?'), 2)[0]!.index).toBe(3);
    expect(index.search(analyzeTerms('AMI'), 2)[0]!.index).toBe(0);
  });

  it('when a word has a typo, corrects it to the nearest indexed term', () => {
    expect(index.search(analyzeTerms('candidatter'), 1)[0]!.index).toBe(0);
    expect(index.correct('certifiamt')).toBe('certifiant');
  });

  it('reports the share of query concepts found; a word the corpus never uses lowers it (weighing half the rarest word)', () => {
    const [hit] = index.search(analyzeTerms('jury AdCF'), 1);
    expect(hit!.coverage).toBeCloseTo(1);
    const [partial] = index.search(analyzeTerms('jury météo'), 1);
    expect(partial!.coverage).toBeLessThan(0.7);
    expect(partial!.coverage).toBeGreaterThan(0.5);
    expect(index.coverageOf(analyzeTerms('jury AdCF'), 3)).toBeCloseTo(1);
  });

  it('when nothing matches, returns no hit', () => {
    expect(index.search(analyzeTerms('xylophone'), 3)).toEqual([]);
  });
});

describe('englishCognate', () => {
  const indexed = (term: string) => ['inaugur', 'organis', 'install'].includes(term);
  it('finds the French stem an English form shares ("inaugurated", "organised", "installed"), when the corpus uses it', () => {
    expect(englishCognate('inaugurated', indexed)).toBe('inaugur');
    expect(englishCognate('organised', indexed)).toBe('organis');
    expect(englishCognate('installed', indexed)).toBe('install');
  });
  it('leaves words without such a stem, or with too short a one, alone', () => {
    expect(englishCognate('housed', indexed)).toBeNull();
    expect(englishCognate('located', (t) => t === 'loc')).toBeNull();
    expect(englishCognate('centre', indexed)).toBeNull();
  });
});

describe('reciprocalRankFusion', () => {
  it('puts items ranked well by both lists first, weighting each list', () => {
    const fused = reciprocalRankFusion([{ ids: [1, 2, 3] }, { ids: [2, 3, 1] }]);
    expect(fused.map((f) => f.id)).toEqual([2, 1, 3]);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61);
    const weighted = reciprocalRankFusion([{ ids: [1], weight: 1 }, { ids: [2], weight: 3 }]);
    expect(weighted[0]!.id).toBe(2);
  });
});
