import { describe, expect, it } from 'vitest';
import { ask, turnOf } from './finder-fixture.js';

describe('centre skill: routing, languages, follow-ups and areas', () => {
  it.each([
    'comment candidater à l\'AMI',
    'Comment financer une formation au Cnam ?',
    "Qu'est-ce que le programme « Au cœur des territoires » ?",
    'How can I fund a Cnam course?',
    'Quand le deuxième appel a-t-il été lancé ?',
    'Comment candidater au Cnam à Chaumont ?',
    'bonjour',
  ])('when the question is not about sites ("%s"), returns null', async (text) => {
    expect(await ask(text)).toBeNull();
  });

  it('when asked in English about a town with an open site, answers yes in English', async () => {
    const answer = await ask('is there a Cnam centre in Sedan?');
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.place?.name).toBe('Sedan');
    expect(answer?.text).toMatch(/^Yes: according to the Cnam sites directory/);
  });

  it('when the town\'s site was only selected, does not say yes: it says the opening is not confirmed and gives the nearest open sites', async () => {
    const fr = await ask('Y a-t-il un centre Cnam à Dole ?');
    expect(fr?.text).not.toMatch(/^Oui/);
    expect(fr?.text).toMatch(/un site est prévu à \*\*Dole\*\*.*ne confirment pas qu'il soit ouvert/);
    expect(fr?.text).toMatch(/Les sites ouverts connus les plus proches/);
    expect(fr?.lookup?.inTown).toBe(true);
    expect(fr?.lookup?.centres[0]?.town).toBe('Dole');
    expect(fr?.lookup?.centres.slice(1).every((c) => c.status === 'open' && c.distanceKm > 0)).toBe(true);
    const en = await ask('is there a Cnam centre in Dole?');
    expect(en?.text).toMatch(/^According to the Cnam sites directory, a site is planned in \*\*Dole\*\*/);
  });

  it('when the town\'s only site has a status no source confirms, says it was reported, not planned, and that whether it is open is unknown', async () => {
    const fr = await ask('Y a-t-il un Cnam à Ploufragan ?');
    expect(fr?.text).toMatch(/^D'après l'annuaire des sites du Cnam, un site a été signalé à \*\*Ploufragan\*\*.*ne disent pas s'il est ouvert aujourd'hui/);
    expect(fr?.text).not.toMatch(/prévu/);
    const en = await ask('Is the Cnam school in Ploufragan still open?');
    expect(en?.text).toMatch(/a site has been reported in \*\*Ploufragan\*\* \(Côtes-d'Armor, 22\), but my sources do not say whether it is open today/);
  });

  it('when asked in English about a town without a site, says so in English with distances in km', async () => {
    const answer = await ask('Is there a Cnam centre near Montbard?');
    expect(answer?.lookup?.inTown).toBe(false);
    expect(answer?.text).toMatch(/I don't know of any Cnam site in \*\*Montbard\*\*/);
    expect(answer?.text).toMatch(/\d+\.\d km/);
  });

  it('when asked when a centre opened, answers from the directory with its date', async () => {
    const answer = await ask('Quand le centre de Chaumont a-t-il ouvert ?');
    expect(answer?.kind).toBe('centre');
    expect(answer?.text).toMatch(/13 septembre 2019/);
  });

  it('when the next message is "et à Dole ?" after a lookup, repeats the lookup for Dole', async () => {
    const first = (await ask('Y a-t-il un centre Cnam à Montbard ?'))!;
    const turns = [turnOf('Y a-t-il un centre Cnam à Montbard ?', first)];
    for (const text of ['et à Dole ?', 'and in Dole?', 'et Sedan ?']) {
      const answer = await ask(text, turns);
      expect(answer?.kind, text).toBe('centre');
      expect(answer?.lookup?.inTown, text).toBe(true);
    }
    expect((await ask('and in Sedan?', turns))?.text).toMatch(/^Yes/);
  });

  it('when a list of sites in a département is asked, lists them with citations', async () => {
    const answer = await ask('quels centres dans le Cher ?');
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.place).toBeNull();
    expect(answer?.lookup?.centres.map((c) => c.town).sort()).toEqual(['Bourges', 'Vierzon']);
    expect(answer?.citations.length).toBeGreaterThan(0);
  });

  it('when sites in a region are asked, in French or English, lists the region\'s sites', async () => {
    const occitanie = await ask('les sites du Cnam en Occitanie');
    expect(occitanie?.lookup?.inTown).toBe(true);
    expect(occitanie?.text).toMatch(/dans la région Occitanie/);
    const brittany = await ask('Cnam centres in Brittany');
    expect(brittany?.text).toMatch(/in Bretagne/);
  });

  it('when an area has no known site, says so and gives the nearest to its chef-lieu', async () => {
    const answer = await ask('Y a-t-il des centres Cnam en Lozère ?');
    expect(answer?.kind).toBe('centre');
    expect(answer?.lookup?.inTown).toBe(false);
    expect(answer?.lookup?.centres).toHaveLength(3);
    expect(answer?.text).toMatch(/Je ne connais pas de site du Cnam dans le département Lozère/);
  });

  it('when no site is in town, mentions distance learning with a cited document', async () => {
    const answer = await ask('cnam près de Montbard');
    const remote = /formations à distance, suivies sans se déplacer \[(\d+)\]/.exec(answer!.text);
    expect(remote).not.toBeNull();
    const cited = answer!.citations[Number(remote![1]) - 1]!;
    expect(cited.url).toMatch(/^https:\/\//);
  });

  it('when a nearest site shares the intercommunality, says so', async () => {
    const answer = await ask('Charleville-Mézières');
    expect(answer?.text).toMatch(/transféré à Sedan/);
    expect(answer?.text).toMatch(/Sedan \(\d+,\d km, même intercommunalité\)/);
  });
});
