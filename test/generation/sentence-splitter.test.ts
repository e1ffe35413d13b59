import { describe, expect, it } from 'vitest';
import { SentenceSplitter } from '../../src/generation/sentence-splitter.js';

function split(pieces: string[]): { streamed: string[][]; all: string[] } {
  const splitter = new SentenceSplitter();
  const streamed = pieces.map((p) => splitter.push(p));
  return { streamed, all: [...streamed.flat(), ...splitter.end()] };
}

describe('SentenceSplitter (the model output as it streams)', () => {
  it('gives a sentence once the next one has begun, with the markers written after its period', () => {
    const { streamed, all } = split(['Le deuxième AMI a été lancé le 20 janvier 2020. [1', '] Il ', 'visait les villes [2].']);
    expect(streamed).toEqual([[], ['Le deuxième AMI a été lancé le 20 janvier 2020. [1]'], []]);
    expect(all).toEqual(['Le deuxième AMI a été lancé le 20 janvier 2020. [1]', 'Il visait les villes [2].']);
  });

  it('does not cut after an abbreviation, a decimal or an initial', () => {
    expect(split(['M. Faron a parlé de 1.5 million [1]. Selon J. Dupont, non [2].']).all).toEqual(['M. Faron a parlé de 1.5 million [1].', 'Selon J. Dupont, non [2].']);
  });

  it('a line break ends a sentence (list items)', () => {
    expect(split(['Deux versions [1][2] :\n- le 20 janvier [1]\n- le 20 juillet [2]']).all).toEqual(['Deux versions [1][2] :', '- le 20 janvier [1]', '- le 20 juillet [2]']);
  });
});
