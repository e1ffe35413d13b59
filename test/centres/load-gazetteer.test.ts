import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGazetteer } from '../../src/centres/decode-gazetteer.js';
import { encodeGazetteer } from '../../src/centres/gazetteer-codec.js';
import type { Gazetteer } from '../../src/centres/gazetteer.js';
import { loadGazetteer } from '../../src/centres/load-gazetteer.js';
import { unpackGazetteer } from '../../src/centres/unpack-gazetteer.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazetteer-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gazetteer cache', () => {
  it('when encoded then decoded, gives back the same gazetteer', () => {
    const g: Gazetteer = {
      key: 'k1',
      communes: [
        { insee: '52121', name: 'Chaumont', key: 'chaumont', dep: '52', region: '44', population: 20827, postcodes: ['52000'], lat: 48.0965, lon: 5.1566, epci: '200068120' },
        { insee: '2A004', name: 'Ajaccio', key: 'ajaccio', dep: '2A', region: '94', population: 70000, postcodes: [], lat: 41.9228, lon: 8.7058 },
      ],
      formers: [{ insee: '02300', name: 'Fargniers', key: 'fargniers', current: '02738', type: 'associee' }],
      arrondissements: [{ insee: '75113', name: 'Paris 13e Arrondissement', number: 13, parent: '75056', postcodes: ['75013'], population: 1, lat: 48.8, lon: 2.3 }],
      epcis: [{ siren: '200068120', name: 'CA de Chaumont', type: 'CA', members: ['52121'] }],
      departements: [{ code: '52', name: 'Haute-Marne', chefLieu: '52121', region: '44' }],
      regions: [{ code: '44', name: 'Grand Est', chefLieu: '67482' }],
    };
    expect(unpackGazetteer(decodeGazetteer(encodeGazetteer(g)))).toEqual(g);
  });

  it('when the cache is missing, then stale, rebuilds it; when fresh, reads it', () => {
    const cacheFile = path.join(tmp, 'gazetteer.txt');
    const first = loadGazetteer({ cacheFile });
    expect(first.rebuilt).toBe(true);
    expect(first.gazetteer.communes.length).toBe(34969);
    expect(first.gazetteer.arrondissements.length).toBe(45);
    const second = loadGazetteer({ cacheFile });
    expect(second.rebuilt).toBe(false);
    expect(second.gazetteer.key).toBe(first.gazetteer.key);
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/^#key\|[^\n]*/, '#key|v0|etalab@0.0.0|centres:old'));
    expect(loadGazetteer({ cacheFile }).rebuilt).toBe(true);
    expect(loadGazetteer({ cacheFile }).rebuilt).toBe(false);
  });

  it('when the centres file is missing, fails naming the file', () => {
    expect(() => loadGazetteer({ cacheFile: path.join(tmp, 'x.txt'), centresCsv: path.join(tmp, 'none.csv') })).toThrow(/none\.csv/);
  });
});
