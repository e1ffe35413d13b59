import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/centres/bounded-edit-distance.js';
import { statusLabel } from '../../src/centres/centre-labels.js';
import { chooseLocality } from '../../src/centres/choose-locality.js';
import { haversineKm } from '../../src/centres/haversine-km.js';
import type { Locality } from '../../src/centres/locality.js';
import { placeKey } from '../../src/centres/place-tokens.js';
import { createSourceIndex } from '../../src/centres/source-index.js';

const town = (insee: string, population: number): Locality => ({ insee, name: 'X', dep: insee.slice(0, 2), region: '00', population, lat: 0, lon: 0 });

describe('centre finder units', () => {
  it('placeKey folds accents, hyphens, apostrophes, "St" and ordinals', () => {
    expect(placeKey('Saint-Dié-des-Vosges')).toBe('saint die des vosges');
    expect(placeKey('St Dié')).toBe('saint die');
    expect(placeKey("L'Isle-Adam")).toBe('l isle adam');
    expect(placeKey('Lyon 3ème')).toBe('lyon 3');
  });

  it('boundedEditDistance counts edits and stops above the bound', () => {
    expect(boundedEditDistance('montelimart', 'montelimar', 2)).toBe(1);
    expect(boundedEditDistance('chalon en champagne', 'chalons en champagne', 2)).toBe(1);
    expect(boundedEditDistance('dole', 'sedan', 1)).toBe(2);
  });

  it('haversineKm gives the great-circle distance (Paris–Lyon ≈ 392 km)', () => {
    expect(haversineKm({ lat: 48.8589, lon: 2.347 }, { lat: 45.758, lon: 4.8351 })).toBeCloseTo(392.5, 0);
  });

  it('chooseLocality takes a homonym 20× more populous, otherwise asks', () => {
    expect(chooseLocality([town('52121', 20000), town('89093', 999)]).type).toBe('one');
    expect(chooseLocality([town('97414', 54941), town('68297', 22805)]).type).toBe('ask');
  });

  it('source index cites a known URL with its front matter, an unknown one by host, and finds distance learning', () => {
    const index = createSourceIndex([
      {
        sources: [{ id: 'a', url: 'https://example.org/a', title: 'Article A', publisher: 'Pub', date: '2020-01-02' }],
        body: '# Formats\nLes cours se suivent aussi à distance [^a].\n',
      },
    ]);
    expect(index.cite('https://example.org/a')).toEqual({ title: 'Article A', url: 'https://example.org/a', publisher: 'Pub', date: '2020-01-02' });
    expect(index.cite('https://www.other.fr/x').title).toBe('other.fr');
    expect(index.distanceLearning?.source.title).toBe('Article A');
    expect(index.distanceLearning?.excerpt).toBe('Les cours se suivent aussi à distance.');
    expect(createSourceIndex([{ sources: [], body: 'rien' }]).distanceLearning).toBeNull();
  });
});

describe('statusLabel when the sources disagree on the date', () => {
  it('gives both dates, in French and English', () => {
    const site = { status: 'open' as const, statusDate: '2023-06-21', otherStatusDate: '2023-06-22', wave: 'ami2-2020' as const };
    expect(statusLabel(site, 'fr')).toBe('ouvert (ouverture le 21 juin 2023 ou le 22 juin 2023 selon les sources)');
    expect(statusLabel(site, 'en')).toBe('open (opened on 21 June 2023 or on 22 June 2023, depending on the source)');
    expect(statusLabel({ ...site, otherStatusDate: undefined }, 'fr')).toBe('ouvert (ouverture le 21 juin 2023)');
  });

  it('says where a moved project went, when the directory knows it', () => {
    const moved = { status: 'moved' as const, movedTo: 'Sedan', wave: 'ami1-2019' as const };
    expect(statusLabel(moved, 'fr')).toBe('projet transféré à Sedan');
    expect(statusLabel(moved, 'en')).toBe('project moved to Sedan');
    expect(statusLabel({ ...moved, movedTo: undefined }, 'fr')).toBe('projet transféré ailleurs');
  });
});
