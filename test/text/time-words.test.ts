import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../src/text/analyze-french.js';
import { REQUEST_WEIGHT, TIME_WEIGHT, weighQueryWords } from '../../src/text/time-words.js';

const weights = (text: string) => Object.fromEntries(weighQueryWords(analyzeTerms(text)).map((t) => [t.alternatives[0], t.weight ?? 1]));

describe('weighQueryWords', () => {
  it('weighs down time and request words when the question names its subject', () => {
    expect(weights("combien de centres sont ouverts aujourd'hui ?")).toEqual({ centr: 1, ouvert: 1, aujourd: TIME_WEIGHT });
    // « est-il possible de … » asks as « peut-on … » does.
    expect(weights('est-il possible de déposer une candidature ?')).toMatchObject({ possibl: REQUEST_WEIGHT });
    // « réellement », "actually" stress the question; they do not say its subject.
    expect(weights('combien de villes ont réellement été lauréates ?')).toMatchObject({ reell: REQUEST_WEIGHT, vill: 1 });
    expect(weights('which school actually delivers it?')).toMatchObject({ actually: REQUEST_WEIGHT });
    // « je souhaiterais savoir … », read as the verb « souhaiter », asks; it is not the subject.
    expect(weights("je souhaiterais savoir ce qu'une collectivité doit apporter")).toMatchObject({ souhait: REQUEST_WEIGHT, collectiv: 1 });
  });

  it('keeps them when they are all the question says', () => {
    expect(weights("c'est possible ?")).toEqual({ possibl: 1 });
  });
});
