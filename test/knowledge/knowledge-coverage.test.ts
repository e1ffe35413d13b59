import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeCoverage } from '../../src/knowledge/coverage.js';

const HEADER = 'id,name,kind,town,insee,department,region,collectivity,wave,status,status_date,address,sources,notes';
const URL_A = 'https://example.org/a';
const ROWS = [
  `ami1-chaumont,Centre de Chaumont,antenna,Chaumont,52121,52,Grand Est,,ami1-2019,open,2019-09-13,,${URL_A},`,
  `ami1-troyes,Antenne de Troyes,antenna,Troyes,10387,10,Grand Est,,ami1-2019,selected,2019-09-26,,${URL_A},`,
  `ami1-charleville,Pôle prévu à Charleville-Mézières,antenna,Charleville-Mézières,08105,08,Grand Est,,ami1-2019,moved,,,${URL_A},`,
  `network-nancy,Cnam Grand Est (Nancy),regional-centre,Nancy,54395,54,Grand Est,,network,open,,,${URL_A},`,
  `ami2-dole,Antenne de Dole,antenna,Dole,39198,39,Bourgogne-Franche-Comté,,ami2-2020,selected,2021-09-08,,${URL_A},`,
  `network-reims,Centre de Reims (2009),regional-centre,Reims,51454,51,Grand Est,,network,unknown,,,${URL_A},`,
];
const DOC = `---
title: Chiffres
language: fr
tags: [essai]
updated: 2026-12-01
sources:
  - id: a
    url: ${URL_A}
    title: A
    publisher: Localtis
    date: 2019-09-27
---
# Chiffres

## Combien de villes ?
Toutes les sources de 2019 donnent 55 villes retenues au premier AMI [^a].
Au 8 septembre 2021, 20 collectivités étaient labellisées au titre du deuxième AMI [^a].
Le Cnam est à Chaumont, Troyes, Charleville-Mézières, Nancy, Dole et Reims [^a].
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'knowledge-coverage-'));
  const files: Record<string, string> = {
    'docs/topics/chiffres.md': DOC,
    'sites/sites.csv': `${HEADER}\n${ROWS.join('\n')}\n`,
    'geo/communes-centres.csv': 'code_insee,lat,lon\n',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('knowledge:coverage', () => {
  it('counts sites by région, call and status, every région listed, with totals', async () => {
    const lines = (await knowledgeCoverage(dir)).split('\n');
    expect(lines[0]).toBe('Annuaire : 6 sites dans 6 communes.');
    expect(lines).toContain('| Région | Appel | selected | open | planned | moved | unknown | Total |');
    expect(lines).toContain('| Grand Est | ami1-2019 | 1 | 1 | 0 | 1 | 0 | 3 |');
    expect(lines).toContain('| Grand Est | network | 0 | 1 | 0 | 0 | 1 | 2 |');
    expect(lines).toContain('| Bourgogne-Franche-Comté | ami2-2020 | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(lines).toContain('| Bretagne | — (aucun site) | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(lines).toContain('| La Réunion | — (aucun site) | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(lines).toContain('| **Total** | | 2 | 2 | 0 | 1 | 1 | 6 |');
    expect(lines).toContain('- ami1-2019 : 3 sites dans 1 régions');
    // Metropolitan régions first, overseas after.
    expect(lines.findIndex((l) => l.startsWith('| Provence'))).toBeLessThan(lines.findIndex((l) => l.startsWith('| Guadeloupe')));
  });

  it('names the regional centre of each région, or says there is none', async () => {
    const text = await knowledgeCoverage(dir);
    expect(text).toContain('- Grand Est : Nancy (open), Reims (unknown)\n');
    expect(text).toContain('- Bourgogne-Franche-Comté : aucun (voir la fiche de la région)\n');
  });

  it('compares the directory with the totals the knowledge announces, citing the sentence and its sources', async () => {
    const text = await knowledgeCoverage(dir);
    expect(text).toContain(
      "- villes retenues au 1er AMI (26 septembre 2019) : 55 annoncés ; l'annuaire en compte 3 (communes des lignes ami1-2019, dont 1 projet transféré), il en manque 52.\n" +
        '  Source : docs/topics/chiffres.md:16 « Toutes les sources de 2019 donnent 55 villes retenues au premier AMI. » — Localtis, 2019-09-27 (https://example.org/a)\n',
    );
    expect(text).toContain("- collectivités labellisées au 2e AMI (au 8 septembre 2021) : 20 annoncés ; l'annuaire en compte 1 (communes des lignes ami2-2020), il en manque 19.\n");
    // A total the knowledge does not state is not invented.
    expect(text).toMatch(/- centres régionaux \(régions et outre-mer\) : total introuvable dans la connaissance .*; l'annuaire en compte 1 \(/);
    expect(text).toMatch(/- centres d'enseignement du réseau : total introuvable dans la connaissance .*; l'annuaire en compte 5 \(/);
  });

  it('runs as npm run knowledge:coverage on a folder, and exits 1 when the knowledge does not load', async () => {
    const cli = (folder: string) =>
      spawnSync(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/cli/knowledge-coverage.ts', folder], { encoding: 'utf8', timeout: 60_000 });
    const ok = cli(dir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(await knowledgeCoverage(dir));
    const broken = await mkdtemp(path.join(os.tmpdir(), 'knowledge-coverage-bad-'));
    try {
      await mkdir(path.join(broken, 'docs'), { recursive: true });
      await mkdir(path.join(broken, 'sites'), { recursive: true });
      await writeFile(path.join(broken, 'docs', 'bad.md'), '# Sans front matter\n');
      await writeFile(path.join(broken, 'sites', 'sites.csv'), `${HEADER}\n`);
      const bad = cli(broken);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/bad\.md:1: missing front matter/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
