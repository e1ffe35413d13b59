import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze-french.js';
import { verbLemmaLines } from '../../src/text/build-verb-lemmas.js';
import { verbStem } from '../../src/text/verb-lemmas.js';

describe('verb forms from the Lefff', () => {
  it('conjugated forms of one verb meet on one stem, shared with its nouns', () => {
    expect(verbStem('dirigeait')).toBe('dirig');
    expect(verbStem('retiendra')).toBe('retenu');
    expect(analyze('inaugurés')).toEqual(analyze('inauguration'));
    expect(analyze('ouvrira')).toEqual(analyze('ouverture'));
    expect(analyze('Qui dirigeait le Cnam ?')).toEqual(analyze('Qui dirige le Cnam ?'));
  });

  it('leaves other words to the stemmer', () => {
    expect(verbStem('formation')).toBeUndefined();
    expect(verbStem('sedan')).toBeUndefined();
  });

  it('keeps only verbs the knowledge uses, and no form two verbs share', () => {
    const conjugations = {
      ouvrir: { P: ['ouvre', 'ouvres', 'ouvre', 'ouvrons', 'ouvrez', 'ouvrent'], K: ['ouvert', 'ouverts', 'ouverte', 'ouvertes'], F: ['ouvrira'] },
      ouvrer: { P: ['ouvre', 'ouvres', 'ouvre', 'ouvrons', 'ouvrez', 'ouvrent'], K: ['ouvré'] },
      danser: { P: ['danse'], K: ['dansé'] },
    };
    const lines = verbLemmaLines(conjugations, new Set(['ouverte', 'cnam']));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.split(' ')[0]).toBe('ouvert');
    expect(lines[0]).toContain('ouvrira');
    expect(lines[0]).not.toMatch(/\bouvre\b/);
  });

  it('deadline words meet on one concept', () => {
    expect(analyze("jusqu'à quelle date")).toContain('date-limite');
    expect(analyze('What was the cut-off date?')).toContain('date-limite');
    expect(analyze('Jusqu\'à quand pouvait-on répondre ?')).toContain('date-limite');
  });
});
