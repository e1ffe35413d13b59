import { describe, expect, it } from 'vitest';
import { withoutPlaces } from '../../src/text/without-places.js';

describe('withoutPlaces', () => {
  it('takes out the places a question names, hyphens counting as spaces on both sides', () => {
    expect(withoutPlaces('Qui est le préfet de la Haute-Marne ?', ['Haute Marne']).trim()).toBe('qui est le prefet de la   ?');
    expect(withoutPlaces('Le Cnam à Saint-Dié ?', ['Saint-Dié', 'Saint Die'])).not.toMatch(/die/);
  });
  it('leaves a question without those places as it is, folded', () => {
    expect(withoutPlaces('Quand a ouvert Sedan ?', ['Colmar'])).toBe('quand a ouvert sedan ?');
  });
});
