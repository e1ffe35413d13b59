import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.js';
import { loadCommuneCentres } from '../../src/knowledge/load-commune-centres.js';
import { loadDocuments } from '../../src/knowledge/load-documents.js';
import { loadSites } from '../../src/knowledge/load-sites.js';
import { httpsHosts, servesHttps } from '../../src/knowledge/source-url.js';

describe('the real knowledge folder', () => {
  it('when checked, reports no problem', async () => {
    expect(await checkKnowledge()).toEqual([]);
  });

  it('when documents are loaded, returns at least 25 documents with a # title, sources in https unless the host serves no https', async () => {
    const documents = await loadDocuments();
    expect(documents.length).toBeGreaterThanOrEqual(25);
    const urls = documents.flatMap((d) => d.sources.map((s) => s.url));
    const known = httpsHosts(urls);
    for (const d of documents) {
      expect(d.id).toMatch(/^docs\/(sources|topics|regions)\/([a-z0-9-]+\/)?[a-z0-9-]+\.md$/);
      expect(d.body).toMatch(/^# \S/m);
      for (const s of d.sources) {
        expect(s.url, s.url).toMatch(/^https?:\/\//);
        if (s.url.startsWith('http://')) expect(servesHttps(s.url, known), s.url).toBeNull();
      }
    }
    // Most sources are https: http stays the exception.
    expect(urls.filter((u) => u.startsWith('https://')).length).toBeGreaterThan(urls.length * 0.8);
    const ami2 = documents.find((d) => d.id === 'docs/topics/calendrier-ami2.md');
    // Conflicting launch dates are kept side by side.
    expect(ami2?.body).toContain('20 janvier 2020');
    expect(ami2?.body).toContain('20 juillet 2020');
  });

  it('when sites are loaded, every site has coordinates and every source URL resolves to a document source', async () => {
    const sites = loadSites();
    const centres = loadCommuneCentres();
    const documents = await loadDocuments();
    const urls = new Set(documents.flatMap((d) => d.sources.map((s) => s.url)));
    expect(sites.length).toBeGreaterThan(50);
    for (const site of sites) {
      expect(centres.get(site.insee), site.id).toBeDefined();
      for (const url of site.sources) expect(urls.has(url), `${site.id}: ${url}`).toBe(true);
    }
  });

  it('when sites are loaded, the Ardennes hub is moved in Charleville-Mézières and open in Sedan', () => {
    const sites = new Map(loadSites().map((s) => [s.id, s]));
    expect(sites.get('ami1-charleville-mezieres')?.status).toBe('moved');
    expect(sites.get('ami1-sedan')).toMatchObject({ status: 'open', insee: '08409', statusDate: '2021-09' });
    expect(sites.get('ami1-chaumont')).toMatchObject({ status: 'open', statusDate: '2019-09-13', insee: '52121' });
    expect(sites.get('ami1-bastia')?.insee).toBe('2B033');
  });

  it('when commune centres are loaded, returns every commune quickly', () => {
    const start = performance.now();
    const centres = loadCommuneCentres();
    const elapsed = performance.now() - start;
    expect(centres.size).toBe(35014);
    expect(centres.get('52121')).toEqual({ lat: 48.0965, lon: 5.1566 });
    expect(elapsed).toBeLessThan(500); // ~20-40 ms typically; generous bound for slow CI
  });
});
