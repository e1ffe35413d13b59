import { describe, expect, it } from 'vitest';
import { ask } from './finder-fixture.js';

/**
 * Territories first: régions, départements (by name or number), overseas territories and intercommunalities are
 * read before a commune of the same name elsewhere. Written as people ask, from the README and the Etalab data.
 */
describe('territories before homonymous communes', () => {
  it.each([
    ['Y a-t-il un Cnam à La Réunion ?', 'departement', '974'],
    ['Y a-t-il un Cnam à La Réunion (974) ?', 'departement', '974'],
    ['cnam reunion', 'departement', '974'],
    ['Le Cnam est-il présent à La Réunion ?', 'departement', '974'],
    ['Y a-t-il un centre Cnam en Guadeloupe ?', 'departement', '971'],
    ['cnam martinique', 'departement', '972'],
    ['Un centre du Cnam en Guyane ?', 'departement', '973'],
    ['Le Cnam est-il présent à Mayotte ?', 'departement', '976'],
    ['Y a-t-il un Cnam à Saint-Martin ?', 'region', '978'],
    ['Cnam à Saint-Barthélemy ?', 'region', '977'],
    ['Y a-t-il un centre Cnam à Saint-Pierre-et-Miquelon ?', 'region', '975'],
    ['Le Cnam est-il présent en Polynésie française ?', 'region', '987'],
    ['Y a-t-il un Cnam en Nouvelle-Calédonie ?', 'region', '988'],
    ['Cnam à Wallis-et-Futuna ?', 'region', '986'],
    ['Y a-t-il un site du Cnam dans la Loire ?', 'departement', '42'],
    ['cnam Loire', 'departement', '42'],
    ['Y a-t-il des centres Cnam en Bretagne ?', 'region', '53'],
    ['cnam bretagne', 'region', '53'],
    ['Un Cnam dans la Marne ?', 'departement', '51'],
    ['cnam Aube', 'departement', '10'],
    ['Cnam dans l\'Allier ?', 'departement', '03'],
    ['Y a-t-il un Cnam dans la Vienne ?', 'departement', '86'],
  ])('%j is about the territory (%s %s), not a commune', async (text, type, code) => {
    const answer = await ask(text);
    expect(answer?.kind, text).toBe('centre');
    // Saint-Barthélemy and Saint-Martin are one commune each: the answer is also about that commune.
    const single: Record<string, string> = { '977': '97701', '978': '97801' };
    expect(answer?.lookup?.place?.insee ?? null, text).toBe(single[code as string] ?? null);
    expect(answer?.lookup?.area, text).toMatchObject({ type, code });
    expect(answer?.text, text).not.toMatch(/Lot-et-Garonne|Maine-et-Loire/);
  });

  it('a homonymous small commune wins only when the message says « la commune de » or gives its département', async () => {
    const commune = await ask('Y a-t-il un Cnam dans la commune de La Réunion ?');
    expect(commune?.lookup?.place).toMatchObject({ name: 'La Réunion', department: 'Lot-et-Garonne (47)' });
    const qualified = await ask('Cnam près de La Réunion (47)');
    expect(qualified?.lookup?.place?.department).toBe('Lot-et-Garonne (47)');
    expect((await ask('cnam près de Loiré (49)'))?.lookup?.place?.name).toBe('Loiré');
  });

  it('a town of some size keeps its name (Vienne in Isère, Paris, Mayenne) unless the words say the territory', async () => {
    expect((await ask('Y a-t-il un Cnam à Vienne ?'))?.lookup?.place?.department).toBe('Isère (38)');
    expect((await ask('Y a-t-il un Cnam à Paris ?'))?.lookup?.place?.insee).toBe('75056');
    expect((await ask('cnam à Mayenne'))?.lookup?.place?.name).toBe('Mayenne');
    expect((await ask('Y a-t-il un Cnam en Mayenne ?'))?.lookup?.area).toMatchObject({ type: 'departement', code: '53' });
  });

  it('an overseas territory without a known site says so honestly, with no "nearest" site an ocean away', async () => {
    for (const text of ['Y a-t-il un Cnam en Nouvelle-Calédonie ?', 'Y a-t-il un Cnam à La Réunion ?', 'Cnam à Wallis-et-Futuna ?', 'Y a-t-il un Cnam en Martinique ?']) {
      const answer = await ask(text);
      expect(answer?.text, text).toMatch(/^Je ne connais pas de site du Cnam/);
      expect(answer?.lookup?.centres, text).toEqual([]);
      expect(answer?.lookup?.inTown, text).toBe(false);
    }
  });

  it('Saint-Martin and Saint-Barthélemy by postal code are the collectivity (one commune each)', async () => {
    expect((await ask('centre cnam 97150'))?.lookup?.area).toMatchObject({ type: 'region', code: '978' });
    expect((await ask('Y a-t-il un Cnam au 97133 ?'))?.lookup?.area).toMatchObject({ type: 'region', code: '977' });
    expect((await ask('centre cnam 97400'))?.lookup?.place?.name).toBe('Saint-Denis');
  });

  it('an overseas territory with sites lists them (Polynésie française, Mayotte)', async () => {
    const polynesia = await ask('Le Cnam est-il présent en Polynésie française ?');
    expect(polynesia?.lookup?.centres.map((c) => c.town).sort()).toEqual(['Punaauia', 'Rurutu']);
    expect(polynesia?.text).toMatch(/territoire d'outre-mer Polynésie française/);
    // An open site there: yes first, as for a town.
    expect(polynesia?.text).toMatch(/^Oui : d'après l'annuaire des sites du Cnam, 2 sites sont connus/);
    // Mayotte's site is not said to be open: no « yes ».
    const mayotte = await ask('Is there a Cnam centre in Mayotte?');
    expect(mayotte?.lookup?.centres.map((c) => c.town)).toEqual(['Mamoudzou']);
    expect(mayotte?.text).toMatch(/^According to the Cnam sites directory, one site is known in Mayotte/);
  });
});

describe('every région is recognised by its name', () => {
  it.each([
    ['Île-de-France', '11'], ['Centre-Val de Loire', '24'], ['Bourgogne-Franche-Comté', '27'], ['Normandie', '28'],
    ['Hauts-de-France', '32'], ['Grand Est', '44'], ['Pays de la Loire', '52'], ['Bretagne', '53'], ['Nouvelle-Aquitaine', '75'],
    ['Occitanie', '76'], ['Auvergne-Rhône-Alpes', '84'], ["Provence-Alpes-Côte d'Azur", '93'], ['Corse', '94'],
  ])('« Quels sites du Cnam en %s ? » is about région %s', async (name, code) => {
    const answer = await ask(`Y a-t-il des sites du Cnam en ${name} ?`);
    expect(answer?.lookup?.area).toMatchObject({ type: 'region', code });
    const lower = await ask(`cnam ${name.toLowerCase()}`);
    expect(lower?.lookup?.area?.code, name).toBe(code);
  });

  it.each([
    ['Guadeloupe', '971'], ['Martinique', '972'], ['Guyane', '973'], ['La Réunion', '974'], ['Mayotte', '976'],
    ['Saint-Pierre-et-Miquelon', '975'], ['Saint-Barthélemy', '977'], ['Saint-Martin', '978'], ['Wallis-et-Futuna', '986'],
    ['Polynésie française', '987'], ['Nouvelle-Calédonie', '988'],
  ])('overseas %s (%s) gets a lookup.area', async (name, code) => {
    const answer = await ask(`Existe-t-il un centre du Cnam ${name.startsWith('La ') ? 'à' : 'en'} ${name} ?`);
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.area?.code).toBe(code);
  });
});

describe('départements by number', () => {
  it.each([
    ['cnam ds le 71', '71'],
    ['y a un cnam ds le 39 ?', '39'],
    ['Y a-t-il un centre Cnam dans le 52 ?', '52'],
    ['quels sites du cnam dans le 2A ?', '2A'],
    ['centre cnam 974', '974'],
    ['Y a-t-il un Cnam au 974 ?', '974'],
    ['Cnam dans le département 18 ?', '18'],
    ['un site du cnam dans le 13 ?', '13'],
  ])('%j is about département %s', async (text, code) => {
    const answer = await ask(text);
    expect(answer?.kind, text).toBe('centre');
    expect(answer?.lookup?.area?.code, text).toBe(code);
  });

  it('a number that counts or dates is not a département', async () => {
    for (const text of ['Le centre a ouvert le 13 septembre 2019 ?', 'Près de 50 sites ?', 'Les 55 villes retenues sont-elles connues ?', 'cnam à 15 km de chez moi ?']) {
      const answer = await ask(text);
      expect(answer?.lookup?.area?.type, text).not.toBe('departement');
    }
  });
});

describe('intercommunalities named in full', () => {
  it.each([
    ['Notre commune fait partie de Loire Forez Agglomération', '200065886'],
    ['Y a-t-il un Cnam dans Loire Forez Agglomération ?', '200065886'],
    ["Y a-t-il un Cnam dans la Communauté d'agglomération du Grand Chalon ?", '247100589'],
    ['cnam CA du Grand Chalon', '247100589'],
    ['Y a-t-il un site du Cnam dans la CA du Pays de Laon ?', undefined],
    ['Un centre Cnam dans la communauté de communes du Montbardois ?', '242101491'],
    ['Le Cnam est-il présent dans la Métropole de Lyon ?', '200046977'],
    ['Y a-t-il un centre Cnam dans Pays de Montbéliard Agglomération ?', '200065647'],
    ['cnam Carcassonne Agglo', '200035715'],
  ])('%j is about the intercommunality', async (text, siren) => {
    const answer = await ask(text);
    expect(answer?.kind, text).toBe('centre');
    expect(answer?.lookup?.area?.type, text).toBe('epci');
    if (siren) expect(answer?.lookup?.area?.code, text).toBe(siren);
    expect(answer?.lookup?.place?.name, text).not.toBe('Loiré');
  });

  it('an intercommunality whose only site is selected does not say "yes"', async () => {
    const answer = await ask('Y a-t-il un Cnam dans Loire Forez Agglomération ?');
    expect(answer?.text).not.toMatch(/^Oui/);
    expect(answer?.text).toMatch(/ne confirment pas/);
  });
});

describe('former communes and typos', () => {
  it.each([
    ['Y a-t-il un Cnam à Bellegarde-sur-Valserine ?', 'Valserhône'],
    ['cnam Cherbourg-Octeville', 'Cherbourg-en-Cotentin'],
    ['Y a-t-il un centre Cnam à Hauteville-Lompnes ?', "Plateau d'Hauteville"],
    ['Y a-t-il un centre Cnam à Fargniers ?', 'Tergnier'],
  ])('the former commune in %j resolves to its successor (%s) and says so', async (text, successor) => {
    const answer = await ask(text);
    expect(answer?.kind, text).toBe('centre');
    expect(answer?.lookup?.place?.name, text).toBe(successor);
    expect(answer?.text, text).toMatch(/aujourd'hui une commune (déléguée|associée)/);
  });

  it.each([
    ['cnam carcassone', 'Carcassonne'],
    ['centre cnam montbeliar', 'Montbéliard'],
    ['le cnam de chaumon', 'Chaumont'],
    ['antenne cnam saint brieu', 'Saint-Brieuc'],
    ['Y a-t-il un Cnam à Carcasonne ?', 'Carcassonne'],
  ])('a typo after a site word or a place preposition (%j) is read as %s, with lower confidence', async (text, name) => {
    const answer = await ask(text);
    expect(answer?.lookup?.place?.name, text).toBe(name);
    expect(answer?.confidence, text).toBeLessThan(0.9);
  });
});

describe('lists over a territory', () => {
  it('« Liste des villes du Grand Est retenues en 2019 » sees the région', async () => {
    const answer = await ask('Liste des villes du Grand Est retenues en 2019');
    expect(answer?.lookup?.intent).toBe('list');
    expect(answer?.lookup?.area).toMatchObject({ type: 'region', code: '44' });
  });

  it('a list over a département given by its number', async () => {
    const answer = await ask('quels sont les sites du cnam dans le 52 ?');
    expect(answer?.lookup?.area).toMatchObject({ type: 'departement', code: '52' });
    expect(answer?.lookup?.centres.map((c) => c.town).sort()).toEqual(['Chaumont', 'Saint-Dizier']);
  });
});

describe('« la région X »', () => {
  it('reads a région named after the word région (« sites de la région Grand Est »)', async () => {
    const { ask } = await import('./finder-fixture.js');
    const answer = await ask('Combien de sites pour la région Grand Est ?');
    expect(answer?.lookup?.area?.name).toBe('Grand Est');
  });
});
