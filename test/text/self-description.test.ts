import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { withoutSelfDescription } from '../../src/text/self-description.js';

describe('withoutSelfDescription', () => {
  it('takes out who the user says they are, apostrophes kept or not, and leaves the question', () => {
    expect(withoutSelfDescription(fold("jsuis demandeur d'emploi a sedan, ya un cnam ?")).trim()).toBe('a sedan, ya un cnam ?');
    expect(withoutSelfDescription(fold("i'm freelance, do i have a CPF?")).trim()).toBe(', do i have a cpf?');
    // Called twice on the same text (a global pattern): the same result.
    expect(withoutSelfDescription('je suis salarie et je suis etudiant')).toBe(withoutSelfDescription('je suis salarie et je suis etudiant'));
  });

  it('leaves a text that says nothing of the user', () => {
    expect(withoutSelfDescription('je suis interesse par le cnam')).toBe('je suis interesse par le cnam');
  });
});
