import { describe, expect, it } from 'vitest';
import { bitCount, characterMask } from '../../src/centres/fuzzy-buckets.js';

/** Applies `edits` random single-character edits (insert, delete, substitute) to `word`. */
function edited(word: string, edits: number, rnd: () => number): string {
  let w = word;
  const letters = 'abcdefghijklmnopqrstuvwxyz -';
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rnd() * (w.length + 1));
    const c = letters[Math.floor(rnd() * letters.length)]!;
    const op = Math.floor(rnd() * 3);
    w = op === 0 ? w.slice(0, i) + c + w.slice(i) : op === 1 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + c + w.slice(i + 1);
  }
  return w;
}

describe('characterMask', () => {
  it('when two keys are at most k edits apart, their masks differ by at most 2k bits (the typo filter loses no candidate)', () => {
    let seed = 1;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const names = ['saint antonin sur rance', 'chalons en champagne', 'montelimar', 'pointe a pitre', 'bourg en bresse', 'le puy en velay'];
    for (let i = 0; i < 5_000; i++) {
      const name = names[i % names.length]!;
      const edits = 1 + (i % 2);
      expect(bitCount(characterMask(name) ^ characterMask(edited(name, edits, rnd)))).toBeLessThanOrEqual(2 * edits);
    }
  });

  it('when keys share few characters, tells them apart', () => {
    expect(bitCount(characterMask('dole') ^ characterMask('dole'))).toBe(0);
    expect(bitCount(characterMask('saint antonin sur ayon') ^ characterMask('saint vincent du boulay'))).toBeGreaterThan(4);
    expect(bitCount(0xffffffff | 0)).toBe(32);
  });
});
