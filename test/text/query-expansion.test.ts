import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../src/text/analyze-french.js';
import { expandConcepts } from '../../src/text/query-expansion.js';

const alternatives = (text: string) => expandConcepts(analyzeTerms(text)).map((t) => t.alternatives);

describe('expandConcepts', () => {
  it('adds the knowledge words a question means: « accompagner » the advisers « aident », « papiers » the « dossier », « internet » the « web »', () => {
    expect(alternatives('le cnam peut m’accompagner avec les papiers ?')).toEqual(expect.arrayContaining([expect.arrayContaining(['accompagn', 'aid']), expect.arrayContaining(['papi', 'dossi'])]));
    expect(alternatives('site internet')).toEqual(expect.arrayContaining([expect.arrayContaining(['internet', 'web'])]));
    expect(alternatives('étendu')).toEqual([expect.arrayContaining(['etendu', 'elargi', 'ouvr'])]);
  });

  it('reads a call that « opens » as launched, and a site that opens as opened', () => {
    expect(alternatives('when did the first call open ?')).toEqual([['premi'], ['appel', 'ami'], ['lanc']]);
    expect(alternatives('quand a ouvert le premier AMI ?')).toEqual([['lanc'], ['premi'], ['ami']]);
    expect(alternatives('quand les sites du premier AMI ont-ils ouvert ?')).toContainEqual(['ouvert']);
  });

  it('reads « le prochain AMI », "the next call" as another call (« troisième », « nouvel »); « la semaine prochaine » is no call', () => {
    expect(alternatives('le prochain AMI c quand ?')).toEqual([['troisiem', 'nouvel', 'autr'], ['ami']]);
    expect(alternatives('when is the next call?')).toContainEqual(['troisiem', 'nouvel', 'autr']);
    expect(alternatives('ils ont refait un appel apres le 2e ?')).toContainEqual(['troisiem', 'nouvel', 'autr']);
    expect(alternatives('la semaine prochaine')).not.toContainEqual(['troisiem', 'nouvel', 'autr']);
  });

  it('reads what a town must « apporter » as what it provides (« fournir »), what it commits to (« engagements »)', () => {
    expect(alternatives("ce qu'une collectivité doit apporter au Cnam")).toContainEqual(['apport', 'fourn', 'engag']);
  });

  it('reads « censé » as what a centre aims at (« vise », « prévu »)', () => {
    expect(alternatives('est-il censé accueillir')).toContainEqual(['cens', 'vis', 'prevu']);
  });

  it('reads « aller au Cnam » as having access to it (« accéder »)', () => {
    expect(alternatives('je peux pas aller au Cnam')).toContainEqual(['all', 'acced']);
  });

  it('leaves other words as they are', () => {
    expect(alternatives('jury')).toEqual([['jury']]);
  });
});
