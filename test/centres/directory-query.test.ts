import { describe, expect, it } from 'vitest';
import { loadSites } from '../../src/knowledge/load-sites.js';
import { ask, converse } from './finder-fixture.js';

const sites = loadSites().filter((s) => s.status !== 'moved');

describe('lists and counts over the sites directory', () => {
  it('lists the Cnam schools from the data, each cited, with the directory caveat', async () => {
    const answer = await ask('Quelles sont les écoles du Cnam ?');
    expect(answer?.kind).toBe('centre');
    const schools = sites.filter((s) => s.kind === 'school');
    expect(answer?.lookup?.centres.map((c) => c.name).sort()).toEqual(schools.map((s) => s.name).sort());
    for (const school of schools) expect(answer?.text).toContain(school.name);
    expect(answer?.text).toContain("n'est pas exhaustif");
    expect(answer?.citations.length).toBeGreaterThanOrEqual(schools.length);
  });

  it('counts a région without its moved projects, and names them', async () => {
    const moved = loadSites().filter((s) => s.status === 'moved' && s.region === 'Grand Est');
    expect(moved.length).toBeGreaterThan(0);
    const answer = await ask("combien de sites en Grand Est dans l'annuaire ?");
    const current = sites.filter((s) => s.region === 'Grand Est').length;
    expect(answer?.text).toContain(`${current} sites correspondent`);
    for (const m of moved) expect(answer?.text).toContain(`${m.town} (vers ${m.movedTo})`);
    expect(answer?.text).toMatch(/Sans compter \d+ projets? transférés? ailleurs/);
    // The directory's own row count is said too: « combien de sites l'annuaire recense-t-il ? » may mean its rows.
    expect(answer?.text).toContain(`l'annuaire compte ${current + moved.length} lignes en`);
  });

  it('a list of a région\'s open sites names every row within Teams\' 10 citations', async () => {
    const answer = await ask('Dans le Grand Est, quels sites du Cnam sont ouverts à ce jour selon votre annuaire ?');
    const open = sites.filter((s) => s.region === 'Grand Est' && s.status === 'open');
    expect(open.length).toBeGreaterThan(5);
    for (const site of open) expect(answer?.text).toContain(`**${site.name}**`);
    expect(answer?.citations.length).toBeLessThanOrEqual(10);
    expect(answer?.text).not.toMatch(/et \d+ autres?/);
  });

  it('« c koi les écoles du cnam ? », « ya quels sites qui … » ask for a list', async () => {
    const schools = sites.filter((s) => s.kind === 'school');
    const answer = await ask('c koi les ecoles du cnam ? la liste svp');
    expect(answer?.lookup?.centres.map((c) => c.name).sort()).toEqual(schools.map((s) => s.name).sort());
    // « qui » as a relative pronoun is no « who » question.
    expect((await ask('ya quels sites qui ont ouvert en 2021 ?'))?.lookup?.intent).toBe('list');
    expect((await ask('quels cnam ont ouvert en 2021 ?'))?.lookup?.intent).toBe('list');
    expect((await ask('Bonjour, qui a choisi les sites retenus ?'))?.lookup?.intent).not.toBe('list');
  });

  it('« programme et réseau confondus » lists every call of the territory', async () => {
    const answer = await ask('la liste de tous les sites du Cnam connus en Bretagne, programme et réseau confondus ?');
    const expected = sites.filter((s) => s.region === 'Bretagne');
    expect(answer?.lookup?.centres.map((c) => c.name).sort()).toEqual(expected.map((s) => s.name).sort());
  });

  it('a past state at a date (« étaient ouverts en janvier 2021 ») is not a directory list', async () => {
    expect((await ask('quels sites du premier AMI étaient ouverts en janvier 2021 ?'))?.lookup?.intent).not.toBe('list');
    expect((await ask('quels sites du premier AMI sont ouverts ?'))?.lookup?.intent).toBe('list');
    // « ouverts en janvier 2021 » without « étaient », and what a source said, are the knowledge's too.
    expect((await ask("Sites du 1er AMI ouverts en janvier 2021 : combien, lesquels ?"))?.lookup?.intent).not.toBe('list');
    expect((await ask("Sites du 1er AMI ouverts selon l'AdCF : lesquels ?"))?.lookup?.intent).not.toBe('list');
    expect((await ask("Selon l'annuaire, quels sites du premier AMI sont ouverts ?"))?.lookup?.intent).toBe('list');
  });

  it('filters by status: sites selected or planned but not said to be open', async () => {
    const answer = await ask('quels sites sont prévus mais pas encore ouverts ?');
    const expected = sites.filter((s) => s.status === 'planned' || s.status === 'selected');
    expect(answer?.text).toContain(`${expected.length} sites correspondent`);
    expect(answer?.lookup?.centres.every((c) => c.status === 'planned' || c.status === 'selected')).toBe(true);
  });

  it('says how many of « prévus mais pas encore ouverts » are planned and how many selected', async () => {
    const answer = await ask('quels sites sont prévus mais pas encore ouverts ?');
    const planned = sites.filter((s) => s.status === 'planned').length;
    const selected = sites.filter((s) => s.status === 'selected').length;
    expect(answer?.text).toContain(`(${planned} en projet, ${selected} retenus sans ouverture connue)`);
  });

  it('reads "whose opening date falls in 2023", « date d\'ouverture en 2023 » as the sites opened that year', async () => {
    const opened = sites.filter((s) => s.status === 'open' && (s.statusDate ?? '').startsWith('2023')).length;
    for (const text of ['Could you list the Cnam sites in your directory whose opening date falls in 2023?', "quels sites ont une date d'ouverture en 2023 ?"]) {
      const answer = await ask(text);
      expect(answer?.lookup?.intent).toBe('list');
      expect(answer?.lookup?.centres.length).toBe(opened);
    }
  });

  it('lists the sites announced (planned) before those only selected', async () => {
    const answer = await ask('quels sites du Cnam sont annoncés mais pas encore ouverts ?');
    const statuses = answer?.lookup?.centres.map((c) => c.status) ?? [];
    const planned = sites.filter((s) => s.status === 'planned').length;
    expect(statuses.slice(0, planned).every((s) => s === 'planned')).toBe(true);
    expect(statuses.slice(planned).every((s) => s === 'selected')).toBe(true);
  });

  it('counts the selected sites with no opening found, a status no source counts, even with no place', async () => {
    const answer = await ask("Combien de lauréats du premier AMI sont retenus sans qu'aucune ouverture n'ait été trouvée ?");
    const expected = sites.filter((s) => s.wave === 'ami1-2019' && s.status === 'selected').length;
    expect(answer?.text).toContain(`${expected} sites correspondent`);
    expect(answer?.lookup?.centres.every((c) => c.status === 'selected')).toBe(true);
  });

  it('names a list of planned sites as such, not as « retenus ou annoncés »', async () => {
    const answer = await ask('Quels sites sont au stade « prévu » dans votre annuaire ?');
    expect(answer?.text).toMatch(/^Sites en projet \(ouverture annoncée, pas encore attestée\) : \d+ sites correspondent/);
    expect(answer?.lookup?.centres.every((c) => c.status === 'planned')).toBe(true);
  });

  it('« et la deuxième de la liste ? » after a list is that row\'s town; « et au deuxième AMI ? » is no row', async () => {
    const [list, second] = await converse(['Quelles collectivités de PACA ont été retenues au 2e AMI ?', 'et la deuxième de la liste, elle est où ?']);
    expect(list?.lookup?.centres[1]?.town).toBe('Draguignan');
    expect(second?.lookup?.place?.name).toBe('Draguignan');
    const [, last] = await converse(['Quelles collectivités de PACA ont été retenues au 2e AMI ?', 'et la dernière ?']);
    expect(last?.lookup?.place?.name).toBe(list?.lookup?.centres.at(-1)?.town);
    const [, call] = await converse(['Quelles villes de Bretagne ont été retenues en 2019 ?', 'et au deuxième AMI ?']);
    expect(call?.lookup?.place).toBeFalsy();
  });

  it('a count of regional centres with no place is the network\'s figure (the knowledge\'s), unless the directory is named', async () => {
    expect((await ask('how many regional centres does the Cnam have?'))?.lookup?.intent).not.toBe('list');
    expect((await ask('combien de centres régionaux dans votre annuaire ?'))?.lookup?.intent).toBe('list');
  });

  it('a negated selection word (« ni simplement sélectionnés ») names no call: the network\'s planned site is listed too', async () => {
    const answer = await ask('annuaire : quels sites ont le statut « prévu » (annoncés, pas encore ouverts ni simplement sélectionnés) ?');
    expect(answer?.lookup?.centres.map((c) => c.town)).toContain('Vernon');
    expect(answer?.lookup?.centres.every((c) => c.status === 'planned')).toBe(true);
  });

  it('reads a list asked without a list word: a noun phrase, « … sont où ? », « … : lesquels ? »', async () => {
    const paca = await ask("Lauréats AMI 2 en Provence-Alpes-Côte d'Azur ?");
    const expected = sites.filter((s) => s.region === "Provence-Alpes-Côte d'Azur" && s.wave === 'ami2-2020');
    expect(expected.length).toBeGreaterThan(1);
    expect(paca?.lookup?.centres.map((c) => c.name).sort()).toEqual(expected.map((s) => s.name).sort());
    const schools = await ask('les ecoles du cnam (pas les antennes) elles sont ou ?');
    expect(schools?.lookup?.centres.map((c) => c.name).sort()).toEqual(sites.filter((s) => s.kind === 'school').map((s) => s.name).sort());
    const moved = await ask('Projets de site transférés dans une autre commune : lesquels ?');
    expect(moved?.lookup?.centres.map((c) => c.name)).toEqual(loadSites().filter((s) => s.status === 'moved').map((s) => s.name));
    const unknownWave = await ask("Sites du programme dont la vague (AMI) n'est pas connue ?");
    expect(unknownWave?.lookup?.centres.map((c) => c.name).sort()).toEqual(sites.filter((s) => s.wave === 'ami-unknown').map((s) => s.name).sort());
    // A question with a verb of its own, or about one regional centre, is no list.
    expect((await ask('Les centres sont-ils ouverts le samedi ?'))?.lookup?.intent).not.toBe('list');
    expect((await ask('Centre régional Cnam Grand Est ?'))?.lookup?.intent).not.toBe('list');
  });

  it('reads a région that opens the message: « grand est : quels sites sont ouverts ? »', async () => {
    const answer = await ask('grand est : quels sites cnam sont ouverts ?');
    const open = sites.filter((s) => s.region === 'Grand Est' && s.status === 'open');
    expect(answer?.lookup?.centres.map((c) => c.name).sort()).toEqual(open.map((s) => s.name).sort());
  });

  it('reads a région\'s abbreviation set before a list asked without a list word: « HDF, sites de l\'AMI 2 ? »', async () => {
    const answer = await ask("HDF, sites de l'AMI 2 ?");
    const second = sites.filter((s) => s.region === 'Hauts-de-France' && s.wave === 'ami2-2020' && s.status !== 'moved');
    expect(second.length).toBeGreaterThan(0);
    expect(answer?.lookup?.centres.map((c) => c.name).sort()).toEqual(second.map((s) => s.name).sort());
  });

  it('a list of antennas takes the sites the directory names « antenne » whatever their kind (Vernon)', async () => {
    const answer = await ask("Quels projets d'antenne sont encore au stade « prévu » dans votre annuaire ?");
    expect(answer?.lookup?.centres.map((c) => c.name)).toContain('Cnam Normandie – antenne de Vernon');
    expect(answer?.lookup?.centres.every((c) => c.status === 'planned')).toBe(true);
  });

  it('« à quelles collectivités le premier AMI était adressé ? » asks who could apply, not a list of sites', async () => {
    const answer = await ask("Pouvez-vous me rappeler à quelles collectivités le premier AMI était adressé ?");
    expect(answer?.lookup?.intent ?? null).not.toBe('list');
    expect((await ask('Quelles collectivités ont été retenues au premier AMI en Occitanie ?'))?.lookup?.intent).toBe('list');
  });

  it('« et sont-ils ouverts ? » asked of a list says first how many an opening is known for; after a list, the same list', async () => {
    const answer = await ask('Quels sites du Cnam en Bretagne, et sont-ils ouverts ?');
    const bretagne = sites.filter((s) => s.region === 'Bretagne' && s.status !== 'moved');
    const open = bretagne.filter((s) => s.status === 'open').length;
    expect(answer?.lookup?.centres.length).toBe(bretagne.length);
    expect(answer?.text).toContain(`D'après mes sources, ${open} sur ${bretagne.length}`);
    const [, again] = await converse(["Bonjour, quelles villes d'Auvergne-Rhône-Alpes ont été retenues au premier AMI ?", "Et ces antennes sont-elles ouvertes aujourd'hui ?"]);
    expect(again?.text).toMatch(/Mes sources ne confirment l'ouverture d'aucun de ces sites\./);
    expect(again?.text).toMatch(/Aurillac/);
  });

  it('filters by département and region, and by call', async () => {
    const vosges = await ask('quels sites dans les Vosges ?');
    expect(vosges?.lookup?.centres.map((c) => c.name).sort()).toEqual(sites.filter((s) => s.department === '88').map((s) => s.name).sort());
    const occitanie = await ask('combien de sites en Occitanie ?');
    expect(occitanie?.text).toContain(`${sites.filter((s) => s.region === 'Occitanie').length} site`);
    const second = await ask('Quelles antennes du deuxième AMI sont connues ?');
    expect(second?.lookup?.centres.every((c) => sites.find((s) => s.name === c.name)?.wave === 'ami2-2020')).toBe(true);
  });

  it('filters by opening year, in English too', async () => {
    const answer = await ask('Which sites opened in 2023?');
    const expected = sites.filter((s) => s.status === 'open' && s.statusDate?.startsWith('2023'));
    expect(answer?.text).toMatch(new RegExp(`^Sites open in 2023: ${expected.length} sites match`));
    expect(answer?.text).toContain('not exhaustive');
  });

  it('summarises a list longer than the budget, never past 10 citations', async () => {
    const answer = await ask('liste de tous les sites du programme');
    expect(answer?.text).toMatch(/… et \d+ autres\. Pour la suite, précisez une région/);
    expect(answer?.citations.length).toBeLessThanOrEqual(10);
  });

  it('leaves a count with no place nor kind to the knowledge, and a single town to the centre lookup', async () => {
    expect(await ask('Combien de centres ont réellement ouvert ?')).toBeNull();
    const town = await ask('Quels sites à Chaumont ?');
    expect(town?.lookup?.place?.name).toBe('Chaumont');
  });
});

describe('a long directory list', () => {
  it('names the rows past the budget whose source is already cited, and never asks for a région it was given', async () => {
    const answer = await ask('Pouvez-vous me lister les villes du Grand Est retenues lors de la sélection de septembre 2019 ?');
    expect(answer?.text).toMatch(/Aussi dans l'annuaire : .*Troyes \[\d+\]/);
    expect(answer?.text).not.toMatch(/précisez une région/);
    for (const [, n] of answer!.text.matchAll(/\[(\d+)\]/g)) expect(Number(n)).toBeLessThanOrEqual(answer!.citations.length);
  });
});

describe('directory lists of regional centres and by year', () => {
  it('when asked to list the regional centres, lists the directory rows of that kind', async () => {
    const answer = await ask('Pourriez-vous me lister les centres régionaux du Cnam recensés dans votre annuaire ?');
    expect(answer?.lookup?.intent).toBe('list');
    expect(answer?.text).toMatch(/Centres régionaux : \d+ sites correspondent/);
  });

  it('reads « during 2023 » as a year', async () => {
    const answer = await ask('Which Cnam sites opened during 2023?');
    expect(answer?.text).toMatch(/^Sites open in 2023/);
  });
});
