import { describe, expect, it } from 'vitest';
import { questionKind } from '../../src/text/question-kind.js';

describe('questionKind', () => {
  it.each([
    ['Quand le deuxième AMI a-t-il été lancé ?', 'when'],
    ["l'antenne ouvre quand ?", 'when'],
    ['When did the Chaumont centre open?', 'when'],
    ['Combien de villes retenues ?', 'count'],
    ['Pourquoi Sedan ?', 'why'],
    ['Qui compose le jury ?', 'who'],
  ])('reads "%s" as %s', (text, kind) => expect(questionKind(text)).toBe(kind));

  it('« quand » or "when" before a subject is a condition, not a question of date', () => {
    expect(questionKind('on peut se former au cnam quand on habite a tahiti ?')).not.toBe('when');
    expect(questionKind('Can I study at the Cnam when I live abroad?')).not.toBe('when');
  });

  it('« quand même » ("all the same") asks no date', () => {
    expect(questionKind("une ville hors Action coeur de ville pouvait quand meme candidater au premier AMI ?")).not.toBe('when');
    expect(questionKind('le premier AMI a été lancé quand ?')).toBe('when');
  });
});
