import { describe, expect, it } from 'vitest';
import { loadCommuneCentres } from '../../src/knowledge/load-commune-centres.js';
import { loadSites } from '../../src/knowledge/load-sites.js';
import { ask, realFinder } from './finder-fixture.js';

const sites = loadSites();
const centres = loadCommuneCentres();

/** Independent brute force: great-circle distance (haversine, R = 6371 km). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('centre skill over the real sites directory', () => {
  it('has a directory to test against', () => {
    expect(sites.length).toBeGreaterThan(30);
  });

  describe.each(sites.map((s) => [s.id, s] as const))('when asked about the town of site %s', (_id, site) => {
    it('answers about that commune, with the site in town unless it moved', async () => {
      const answer = await ask(`Y a-t-il un centre Cnam à ${site.town} (${site.department}) ?`);
      expect(answer?.kind).toBe('centre');
      expect(answer?.lookup?.place?.insee).toBe(site.insee);
      if (site.status !== 'moved') {
        expect(answer?.lookup?.inTown).toBe(true);
        expect(answer?.lookup?.centres.map((c) => c.name)).toContain(site.name);
        expect(answer?.text).toContain(site.name);
        expect(answer?.citations.map((c) => c.url)).toEqual(expect.arrayContaining(site.sources));
      }
    });
  });

  // 40 communes spread over metropolitan France, none with a site: every 800th code, skipping site towns.
  const siteTowns = new Set(sites.flatMap((s) => [s.insee, s.insee.startsWith('751') ? '75056' : s.insee]));
  const metro = [...centres.keys()].filter((c) => /^(\d{2}|2[AB])\d{3}$/.test(c) && !c.startsWith('97') && !/^(751|6938|132)/.test(c)).sort();
  const sample = metro.filter((_c, i) => i % 800 === 400).filter((c) => !siteTowns.has(c)).slice(0, 40);
  const active = sites.filter((s) => s.status !== 'moved');

  it('samples at least 30 communes without a site', () => {
    expect(sample.length).toBeGreaterThanOrEqual(30);
  });

  /** The sea-bound territory of a département: Corsica's two are one; null on the mainland (the test's own rule). */
  const island = (dep: string) => (dep === '2A' || dep === '2B' ? 'corse' : /^9[78]/.test(dep) ? dep : null);

  it.each(sample)('when commune %s has no site, answers "no" with the nearest sites within 150 km on its own side of the sea, by brute force', async (insee) => {
    const from = centres.get(insee)!;
    const finder = await realFinder();
    const dep = finder.index.communeByInsee.get(insee)!.dep;
    const ranked = active
      .filter((s) => s.kind !== 'school' && island(s.department) === island(dep))
      .map((s) => ({ s, d: km(from, centres.get(s.insee)!) }))
      .filter((r) => r.d <= 150)
      .sort((a, b) => a.d - b.d);
    const realAnswer = await askByCode(insee);
    expect(realAnswer?.kind).toBe('centre');
    expect(realAnswer?.lookup?.inTown).toBe(false);
    expect(realAnswer?.lookup?.centres).toHaveLength(Math.min(3, ranked.length));
    if (ranked.length > 0) {
      const first = realAnswer!.lookup!.centres[0]!;
      expect(first.insee).toBe(ranked[0]!.s.insee);
      expect(Math.abs(first.distanceKm - ranked[0]!.d)).toBeLessThanOrEqual(0.1);
    } else {
      expect(realAnswer?.text).toMatch(/aucun site connu à moins de 150 km/);
    }
    expect(realAnswer?.text).toMatch(/Je ne connais pas de site du Cnam/);
    expect(realAnswer?.text).toMatch(/pas exhaustif/);
    // The door: where the complete, current list lives.
    expect(realAnswer?.text).toMatch(/liste complète et à jour des lieux d'enseignement du Cnam/);
  });
});

/** Asks about a commune by its exact name and département, which identifies it uniquely. */
async function askByCode(insee: string) {
  const finder = await realFinder();
  const commune = finder.index.communeByInsee.get(insee)!;
  return ask(`Y a-t-il un centre Cnam à ${commune.name} (${commune.dep}) ?`);
}
