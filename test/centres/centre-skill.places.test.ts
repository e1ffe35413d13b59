import { describe, expect, it } from 'vitest';
import { ask, turnOf } from './finder-fixture.js';

describe('centre skill: understanding the place', () => {
  it('when a town is written without accents, finds it (Montelimar → Montélimar, 26)', async () => {
    const answer = await ask('cnam pres de montelimar');
    expect(answer?.lookup?.place).toMatchObject({ name: 'Montélimar', insee: '26198', department: 'Drôme (26)' });
    expect(answer?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('when "st" abbreviates Saint and the name is shortened, finds Saint-Dié-des-Vosges', async () => {
    const answer = await ask('y a-t-il un Cnam à st die');
    expect(answer?.lookup?.place?.name).toBe('Saint-Dié-des-Vosges');
  });

  it('when a compound name is lower case without hyphens, finds it (chalons en champagne)', async () => {
    const answer = await ask('centre cnam chalons en champagne');
    expect(answer?.lookup?.place?.insee).toBe('51108');
    expect(answer?.lookup?.inTown).toBe(true);
  });

  it('when the name has a typo, guesses with lower confidence and says so', async () => {
    const answer = await ask('un centre cnam a chalon en champagne ?');
    expect(answer?.lookup?.place?.insee).toBe('51108');
    expect(answer?.confidence).toBeLessThan(0.9);
    const montelimart = await ask('Montelimart');
    expect(montelimart?.lookup?.place?.name).toBe('Montélimar');
    expect(montelimart?.text).toMatch(/J'ai compris/);
    // SMS style: « qqch » is something of the Cnam, and the misspelt compound follows « a » (à).
    const quentin = await ask('Bonsoir, y a t-il qqch a saint-quentn ?');
    expect(quentin?.lookup?.place?.insee).toBe('02691');
  });

  it('a homonym next to another place is the one in that place\'s région ("Saint-Denis, near Paris")', async () => {
    expect((await ask('Does the Cnam have a campus in Saint-Denis, near Paris?'))?.lookup?.place?.insee).toBe('93066');
    expect((await ask('Y a-t-il un Cnam à Saint-Denis ?'))?.kind).toBe('clarify');
    // The English exonym: Lyons is Lyon (not Lyons-la-Forêt).
    expect((await ask('Is there a Cnam centre in Lyons?'))?.lookup?.place?.insee).toBe('69123');
  });

  it('when the place follows a leading-article contraction ("au Mans"), finds Le Mans', async () => {
    const answer = await ask('Y a-t-il un centre au Mans ?');
    expect(answer?.lookup?.place?.name).toBe('Le Mans');
  });

  it('when a unique postal code is given, answers for its commune', async () => {
    const answer = await ask('centre cnam 39100');
    expect(answer?.lookup?.place?.name).toBe('Dole');
    expect(answer?.text).toMatch(/Code postal 39100/);
  });

  it('when a shared postal code has a principal commune by far, answers for it (52000 → Chaumont)', async () => {
    const answer = await ask('centre cnam 52000');
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.place?.insee).toBe('52121');
    expect(answer?.confidence).toBeLessThan(0.9);
  });

  it('when a shared postal code has no principal commune, asks which one', async () => {
    // 01400 is shared by several small villages of similar size.
    const answer = await ask('centre cnam 01400');
    expect(answer?.kind).toBe('clarify');
    expect(answer?.lookup?.candidates?.length).toBeGreaterThan(1);
  });

  it('when a former commune is named, answers for its current commune and says so', async () => {
    const answer = await ask('Y a-t-il un centre Cnam à Fargniers ?');
    expect(answer?.lookup?.place?.name).toBe('Tergnier');
    expect(answer?.text).toMatch(/Fargniers est aujourd'hui une commune associée de \*\*Tergnier\*\*/);
    const deleguee = await ask('cnam à Châtillon-en-Michaille');
    expect(deleguee?.lookup?.place?.name).toBe('Valserhône');
    expect(deleguee?.text).toMatch(/commune déléguée de \*\*Valserhône\*\*/);
  });

  it('when an arrondissement is named ("Paris 13e", "Lyon 3ème", 75013), answers about that city', async () => {
    const paris = await ask('Y a-t-il un centre Cnam à Paris 13e ?');
    expect(paris?.lookup?.place).toMatchObject({ insee: '75113', department: 'Paris (75)' });
    expect(paris?.lookup?.inTown).toBe(true);
    const lyon = await ask('Lyon 3ème');
    expect(lyon?.lookup?.place?.insee).toBe('69383');
    const postal = await ask('centre cnam 75013');
    expect(postal?.lookup?.place?.insee).toBe('75113');
  });

  it('when an intercommunality is named, answers about its communes', async () => {
    const chalon = await ask('Y a-t-il un centre Cnam dans le Grand Chalon ?');
    expect(chalon?.lookup?.place?.name).toBe('CA Le Grand Chalon');
    expect(chalon?.lookup?.inTown).toBe(true);
    const montbeliard = await ask('Pays de Montbéliard Agglomération');
    expect(montbeliard?.kind).toBe('centre');
    expect(montbeliard?.lookup?.place?.name).toBe('CA Pays de Montbéliard Agglomération');
    expect(montbeliard?.lookup?.centres.length).toBeGreaterThan(0);
  });

  it('when a département qualifies a homonym, picks that one ("(68)", "dans le Haut-Rhin", "en Haute-Marne")', async () => {
    for (const text of ['Saint-Louis (68)', 'Saint-Louis dans le Haut-Rhin', 'cnam à Saint-Louis 68']) {
      const answer = await ask(text);
      expect(answer?.lookup?.place?.insee, text).toBe('68297');
    }
    const chaumont = await ask('Chaumont en Haute-Marne');
    expect(chaumont?.lookup?.place?.insee).toBe('52121');
    expect(chaumont?.text).not.toMatch(/D'autres communes/);
  });

  it('when homonyms are of similar size, asks with candidates and ready-to-send suggestions', async () => {
    const answer = await ask('Y a-t-il un Cnam à Saint-Louis ?');
    expect(answer?.kind).toBe('clarify');
    expect(answer?.lookup?.candidates?.map((c) => c.department)).toEqual(['La Réunion (974)', 'Haut-Rhin (68)', 'Guadeloupe (971)', 'Moselle (57)']);
    expect(answer?.suggestions).toContain('Saint-Louis (68)');
  });

  it('when one homonym is overwhelmingly larger, answers it and mentions the others', async () => {
    const answer = await ask('Y a-t-il un centre Cnam à Chaumont ?');
    expect(answer?.lookup?.place?.insee).toBe('52121');
    expect(answer?.text).toMatch(/D'autres communes portent ce nom \(Chaumont \(89\)/);
  });

  it('when the user picks a suggested candidate after a clarification, resolves it', async () => {
    const clarify = (await ask('Saint-Louis'))!;
    const turns = [turnOf('Saint-Louis', clarify)];
    for (const suggestion of clarify.suggestions!) {
      const answer = await ask(suggestion, turns);
      expect(answer?.kind, suggestion).toBe('centre');
    }
    const chosen = await ask('Saint-Louis (974)', turns);
    expect(chosen?.lookup?.place?.insee).toBe('97414');
  });

  it('when a short common word is a commune ("Y"), only takes it as a place with a capital after "à"', async () => {
    expect((await ask('y a-t-il un centre cnam ?'))?.lookup?.place?.name).not.toBe('Y');
    expect((await ask('Y a-t-il un centre Cnam à Y ?'))?.lookup?.place?.insee).toBe('80829');
  });
});
