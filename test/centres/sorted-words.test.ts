import { describe, expect, it } from 'vitest';
import { COMMON_WORDS_DATA } from '../../src/centres/common-words-data.js';
import { isCommonWord } from '../../src/centres/common-words.js';
import { SortedWords } from '../../src/centres/sorted-words.js';

describe('sorted word list', () => {
  it('finds exactly the listed words, prefixes and extensions excluded', () => {
    const words = new SortedWords('abc abcd b bb ');
    expect(['abc', 'abcd', 'b', 'bb'].map((w) => words.has(w))).toEqual([true, true, true, true]);
    expect(['', 'a', 'ab', 'abcde', 'ba', 'c', 'aaa'].some((w) => words.has(w))).toBe(false);
  });

  it('the common-words data is sorted, so that every word of it is found', () => {
    const list = COMMON_WORDS_DATA.split(' ').filter((w) => w.length > 0);
    expect([...list].sort()).toEqual(list);
    expect(list.every((w) => isCommonWord(w))).toBe(true);
    expect(isCommonWord('chaumont')).toBe(false);
    expect(isCommonWord('formation')).toBe(true);
  });
});
