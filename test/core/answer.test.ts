import { describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/core/answer.js';

const good: Answer = {
  question: 'Quand le deuxième AMI a-t-il été lancé ?',
  kind: 'knowledge',
  text: 'Le deuxième AMI a été lancé le 20 janvier 2020 [1].',
  confidence: 0.8,
  citations: [
    {
      n: 1,
      title: "Cnam : élargissement du dispositif dans un deuxième appel à manifestation d'intérêt",
      url: 'https://banquedesterritoires.fr/cnam-elargissement-du-dispositif-dans-un-2eme-appel-manifestation-dinteret',
      publisher: 'Banque des Territoires – Localtis',
      date: '2020-01',
    },
  ],
};

describe('answerSchema', () => {
  it('when an answer is well formed, accepts it', () => {
    expect(answerSchema.parse(good)).toEqual(good);
  });

  it('when a centre answer carries its lookup, accepts it', () => {
    const centre: Answer = {
      ...good,
      kind: 'centre',
      lookup: {
        place: { name: 'Chaumont', insee: '52121', department: 'Haute-Marne (52)' },
        inTown: true,
        centres: [{ name: 'Cnam Chaumont', town: 'Chaumont', insee: '52121', distanceKm: 0, status: 'open' }],
      },
    };
    expect(answerSchema.safeParse(centre).success).toBe(true);
  });

  it('(1.2) accepts an http source for a publisher without https, and an area lookup with its intent', () => {
    expect(answerSchema.safeParse({ ...good, citations: [{ ...good.citations[0]!, url: 'http://www.caprural.org/page' }] }).success).toBe(true);
    const area = { ...good, kind: 'centre', lookup: { place: null, area: { type: 'region', code: '44', name: 'Grand Est' }, intent: 'list', inTown: true, centres: [] } };
    expect(answerSchema.safeParse(area).success).toBe(true);
  });

  it('(1.3) accepts a generated knowledge answer naming its provider and model; only knowledge answers are generated', () => {
    expect(answerSchema.safeParse({ ...good, generated: { provider: 'openai', model: 'albert-large' } }).success).toBe(true);
    expect(answerSchema.safeParse({ ...good, generated: { provider: 'openai' } }).success).toBe(false);
    const centre = { ...good, kind: 'centre', generated: { provider: 'ollama', model: 'm' }, lookup: { place: null, inTown: false, centres: [] } };
    expect(answerSchema.safeParse(centre).success).toBe(false);
  });

  it.each([
    ['an unknown kind', { ...good, kind: 'guess' }],
    ['a confidence above 1', { ...good, confidence: 1.2 }],
    ['a negative confidence', { ...good, confidence: -0.1 }],
    ['an ftp source', { ...good, citations: [{ ...good.citations[0]!, url: 'ftp://example.org/a' }] }],
    ['a source that is no URL', { ...good, citations: [{ ...good.citations[0]!, url: 'example.org/a' }] }],
    ['an area of an unknown type', { ...good, kind: 'centre', lookup: { place: null, area: { type: 'canton', code: '1', name: 'X' }, inTown: false, centres: [] } }],
    ['a malformed date', { ...good, citations: [{ ...good.citations[0]!, date: '20/01/2020' }] }],
    ['citations numbered out of order', { ...good, citations: [{ ...good.citations[0]!, n: 2 }] }],
    ['a marker with no citation', { ...good, text: 'Voir [2].' }],
    ['an empty text', { ...good, text: '' }],
    ['a centre answer without lookup', { ...good, kind: 'centre' }],
    ['a bad INSEE code', { ...good, kind: 'centre', lookup: { place: { name: 'X', insee: '5212', department: 'Y' }, inTown: false, centres: [] } }],
  ])('when given %s, rejects it', (_label, bad) => {
    expect(answerSchema.safeParse(bad).success).toBe(false);
  });
});
