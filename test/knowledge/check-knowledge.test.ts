import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.js';

const URL_A = 'https://example.org/a';
const URL_B = 'https://example.org/b';
const HEADER = 'id,name,kind,town,insee,department,region,collectivity,wave,status,status_date,address,sources,notes';
const CHAUMONT = `ami1-chaumont,Centre de Chaumont,antenna,Chaumont,52121,52,Grand Est,,ami1-2019,open,2019-09-13,,${URL_A},`;

function doc(sources: string, body: string): string {
  return `---\ntitle: Essai\nlanguage: fr\ntags: [essai]\nupdated: 2026-11-27\nsources:\n${sources}---\n${body}`;
}
const SOURCE_A = `  - id: a\n    url: ${URL_A}\n    title: A\n    publisher: P\n    date: 2020-01\n`;
const SOURCE_B = `  - id: b\n    url: ${URL_B}\n    title: B\n    publisher: P\n`;
// Its one section names the towns of the fixture rows (Chaumont, Sedan, Troyes) and cites both sources.
const GOOD_DOC = doc(SOURCE_A + SOURCE_B, '# Essai\n\n## Question ?\nLe Cnam est à Chaumont, Sedan et Troyes [^a] [^b].\n');

let dir: string;

async function setUp(files: Record<string, string>): Promise<void> {
  const all: Record<string, string> = {
    'docs/good.md': GOOD_DOC,
    'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n`,
    'geo/communes-centres.csv': 'code_insee,lat,lon\n52121,48.09650,5.15660\n08409,49.70190,4.94030\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

const at = (name: string): string => path.join(dir, name);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'knowledge-check-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkKnowledge', () => {
  it('when everything is valid, returns no problem', async () => {
    await setUp({});
    expect(await checkKnowledge(dir)).toEqual([]);
  });

  describe('documents', () => {
    it('when a document has no front matter, reports line 1', async () => {
      await setUp({ 'docs/bad.md': '# Sans front matter\n' });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 1, message: expect.stringContaining('missing front matter') },
      ]);
    });

    it('when the front matter has no title, reports the first front-matter line', async () => {
      await setUp({ 'docs/bad.md': GOOD_DOC.replace('title: Essai\n', '') });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 2, message: expect.stringContaining('title') },
      ]);
    });

    it('when the body has no "# " title, reports the first body line', async () => {
      await setUp({ 'docs/bad.md': doc(SOURCE_A, '## Question ?\nUne phrase [^a].\n') });
      // Front matter: lines 1-12 (--- … ---); body starts on line 13.
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 13, message: expect.stringContaining('# Title') },
      ]);
    });

    it('when a source URL is http on a host the knowledge cites over https, reports the line of the url key', async () => {
      await setUp({ 'docs/bad.md': GOOD_DOC.replace(URL_A, 'http://example.org/a') });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 8, message: expect.stringMatching(/sources\.0\.url: http:\/\/example\.org\/a is http but example\.org is cited over https elsewhere/) },
      ]);
    });

    it('when a source URL is http on a host known to serve https (www. ignored), reports it even if nothing else cites that host', async () => {
      await setUp({ 'docs/bad.md': GOOD_DOC.replace(URL_A, 'http://www.haute-marne.gouv.fr/Actualites/x').replace(URL_B, 'http://www.cnam.fr/y') });
      expect((await checkKnowledge(dir)).map((p) => [p.line, p.message])).toEqual([
        [8, expect.stringContaining('haute-marne.gouv.fr is known to serve https (KNOWN_HTTPS_HOSTS: .gouv.fr)')],
        [13, expect.stringContaining('cnam.fr is known to serve https (KNOWN_HTTPS_HOSTS: cnam.fr)')],
      ]);
    });

    it('when a source exists only over http, accepts it in the front matter and in a site row', async () => {
      const HTTP = 'http://caprural.example/emploi/55-villes';
      const httpDoc = doc(`  - id: h\n    url: ${HTTP}\n    title: H\n    publisher: P\n`, '# Essai\n\n## Aurillac ?\nAurillac a été retenue en 2019 [^h].\n');
      const aurillac = `ami1-aurillac,Antenne du Cnam d'Aurillac,antenna,Aurillac,15014,15,Auvergne-Rhône-Alpes,,ami1-2019,selected,2019-09-26,,${HTTP},`;
      await setUp({
        'docs/http.md': httpDoc,
        'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${aurillac}\n`,
        'geo/communes-centres.csv': 'code_insee,lat,lon\n15014,44.92810,2.44160\n52121,48.09650,5.15660\n',
      });
      expect(await checkKnowledge(dir)).toEqual([]);
    });

    it('when a site row cites over http a host known to serve https, reports the row line', async () => {
      const HTTP = 'http://www.cnam.fr/communique';
      const httpDoc = doc(`  - id: h\n    url: ${HTTP}\n    title: H\n    publisher: P\n`, '# Essai\n\n## Chaumont ?\nLe centre de Chaumont a ouvert [^h].\n');
      await setUp({ 'docs/http.md': httpDoc, 'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(URL_A, HTTP)}\n` });
      expect((await checkKnowledge(dir)).map((p) => [p.file, p.line])).toEqual([
        [at('docs/http.md'), 8],
        [at('sites/sites.csv'), 2],
      ]);
    });

    it('when a document lists no source, reports the line of the sources key', async () => {
      await setUp({ 'docs/bad.md': doc('  []\n', '# Essai\n') });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 6, message: expect.stringContaining('at least one public source') },
      ]);
    });

    it('when a claim marker names no source of the front matter, reports the marker line', async () => {
      await setUp({ 'docs/bad.md': doc(SOURCE_A, '# Essai\n\n## Question ?\nUne phrase [^a].\nUne autre [^b].\n') });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('docs/bad.md'), line: 17, message: 'claim marker [^b] names no source of the front matter' },
      ]);
    });

    it('when the YAML is malformed, reports its line', async () => {
      await setUp({ 'docs/bad.md': GOOD_DOC.replace('tags: [essai]', 'tags: [essai') });
      const problems = await checkKnowledge(dir);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.file === at('docs/bad.md') && p.message.startsWith('YAML'))).toBe(true);
      expect(problems[0]?.line).toBeGreaterThanOrEqual(4);
    });
  });

  describe('sites', () => {
    it('when an INSEE code is not a current commune, reports the row line', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${CHAUMONT.replace('ami1-chaumont', 'x').replace('52121', '52999')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: expect.stringContaining('52999 is not a current commune') },
      ]);
    });

    it('when a commune has no coordinates in the geo file, reports the row line', async () => {
      const sedan = `ami1-sedan,Pôle de Sedan,antenna,Sedan,08409,08,Grand Est,,ami1-2019,open,2021-09,,${URL_A},`;
      const troyes = `ami1-troyes,Antenne de Troyes,antenna,Troyes,10387,10,Grand Est,,ami1-2019,selected,2019-09-26,,${URL_A},`;
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${sedan}\n${troyes}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 4, message: expect.stringContaining('10387 (Troyes) has no coordinates') },
      ]);
    });

    it('when a row has no source, reports the row line', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(URL_A, '')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 2, message: expect.stringContaining('column sources') },
      ]);
    });

    it('when a source URL is listed by no document, reports the row line', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT} \n${CHAUMONT.replace('ami1-chaumont', 'b').replace('Centre', 'Autre').replace(URL_A, 'https://example.org/z')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: 'column sources: https://example.org/z is listed by no document\'s front matter' },
      ]);
    });

    it('when an enum value is bad, reports the row line and the column', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n\n${CHAUMONT.replace(',open,', ',ouvert,')}\n` });
      // A blank line 2 is skipped: the bad row is on line 3.
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: expect.stringContaining('column status') },
      ]);
    });

    it('when a row repeats an id, reports the second row', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${CHAUMONT.replace('Centre de', 'Autre centre de')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: 'duplicate id "ami1-chaumont" (first on line 2)' },
      ]);
    });

    it('when a row repeats kind, insee and name under another id, reports the second row', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${CHAUMONT.replace('ami1-chaumont', 'autre-id')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: 'duplicate site: same kind, insee and name as line 2' },
      ]);
    });

    it('when a quoted cell spans two lines, later rows keep their real line numbers', async () => {
      const multi = CHAUMONT.replace('ami1-chaumont', 'm').replace('Centre de Chaumont', '"Centre\nde Chaumont"');
      await setUp({ 'sites/sites.csv': `${HEADER}\n${multi}\n${CHAUMONT.replace(',open,', ',bad,')}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 4, message: expect.stringContaining('column status') },
      ]);
    });

    it('when the département or the région is not the commune\'s, reports the row line', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(',52,Grand Est,', ',51,Bourgogne-Franche-Comté,')}\n` });
      expect((await checkKnowledge(dir)).map((p) => [p.line, p.message])).toEqual([
        [2, 'column department: 51 is not the département of 52121 (Chaumont), which is 52'],
        [2, 'column region: "Bourgogne-Franche-Comté" is not the région of 52121 (Chaumont), which is "Grand Est"'],
      ]);
    });

    it('when a row repeats a site under another id with a nearly identical name, reports the second row', async () => {
      const again = CHAUMONT.replace('ami1-chaumont', 'network-chaumont').replace('Centre de Chaumont', 'Centre du Cnam à Chaumont').replace(URL_A, URL_B);
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${again}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: 'duplicate site: same kind and insee, nearly the same name as line 2 ("Centre de Chaumont")' },
      ]);
    });

    it('when two rows of one town have the same sources, reports the second even under another kind and name', async () => {
      const again = CHAUMONT.replace('ami1-chaumont', 'network-chaumont').replace('Centre de Chaumont,antenna', 'Cnam Grand Est à Chaumont,local-site');
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${again}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 3, message: 'duplicate site: same insee and the same sources as line 2 (ami1-chaumont)' },
      ]);
    });

    it('when one town has two distinct sites (other kind, other name, other sources), reports nothing', async () => {
      const school = CHAUMONT.replace('ami1-chaumont', 'network-chaumont').replace('Centre de Chaumont,antenna', 'École du Cnam à Chaumont,school').replace(URL_A, URL_B);
      await setUp({ 'sites/sites.csv': `${HEADER}\n${CHAUMONT}\n${school}\n` });
      expect(await checkKnowledge(dir)).toEqual([]);
    });

    it('when the header is wrong, reports line 1', async () => {
      await setUp({ 'sites/sites.csv': `${HEADER.replace('status_date', 'statusDate')}\n${CHAUMONT}\n` });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 1, message: expect.stringContaining('header must be exactly') },
      ]);
    });
  });

  describe('a source speaks of its site', () => {
    const OTHER = 'https://example.org/other-region';
    const otherDoc = (body: string) => doc(`  - id: o\n    url: ${OTHER}\n    title: O\n    publisher: P\n${SOURCE_A}`, body);

    it('when the documents listing a row\'s source have no section naming its town, reports the row', async () => {
      await setUp({
        'docs/other.md': otherDoc('# Ailleurs\n\n## Où ?\nLe Cnam est à Nancy [^o].\n'),
        'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(URL_A, `${URL_A} ; ${OTHER}`)}\n`,
      });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 2, message: expect.stringMatching(/^column sources: https:\/\/example\.org\/other-region is listed by docs\/other\.md, where no section names Chaumont: cite a source that speaks of this site/) },
      ]);
    });

    it('when the section naming the town cites other sources only, reports the row', async () => {
      await setUp({
        'docs/other.md': otherDoc('# Ailleurs\n\n## Chaumont ?\nLe centre de Chaumont a ouvert en 2019 [^a].\n\n## Où ?\nLe Cnam est à Nancy [^o].\n'),
        'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(URL_A, OTHER)}\n`,
      });
      expect(await checkKnowledge(dir)).toEqual([
        { file: at('sites/sites.csv'), line: 2, message: expect.stringContaining('but no section naming Chaumont cites it') },
      ]);
    });

    it('matches the town accent- and case-insensitively, across hyphens and a contracted article, in the heading or the text', async () => {
      const rows = [
        `a,Antenne de Châlons,antenna,Châlons-en-Champagne,51108,51,Grand Est,,ami1-2019,open,,,${OTHER},`,
        `b,Cnam Normandie – Le Havre,local-site,Le Havre,76351,76,Normandie,,network,open,,,${OTHER},`,
        `c,Centre d'Épinal,antenna,Épinal,88160,88,Grand Est,,ami1-2019,open,,,${OTHER},`,
      ];
      await setUp({
        'docs/other.md': otherDoc("# Ailleurs\n\n## Le Cnam est-il à CHALONS-EN-CHAMPAGNE ?\nOui [^o].\n\n## Normandie ?\nLe Cnam est présent au Havre et près d'Epinal [^o].\n"),
        'sites/sites.csv': `${HEADER}\n${rows.join('\n')}\n`,
        'geo/communes-centres.csv': 'code_insee,lat,lon\n51108,48.9566,4.3631\n76351,49.4938,0.1077\n88160,48.1637,6.4867\n',
      });
      expect(await checkKnowledge(dir)).toEqual([]);
    });

    it('does not take part of a word for the town: « Dolet » does not name Dole', async () => {
      const dole = `ami2-dole,Antenne de Dole,antenna,Dole,39198,39,Bourgogne-Franche-Comté,,ami2-2020,selected,,,${OTHER},`;
      await setUp({
        'docs/other.md': otherDoc('# Ailleurs\n\n## Qui ?\nÉtienne Dolet enseignait à Lyon [^o].\n'),
        'sites/sites.csv': `${HEADER}\n${dole}\n`,
        'geo/communes-centres.csv': 'code_insee,lat,lon\n39198,47.0920,5.4896\n',
      });
      expect((await checkKnowledge(dir)).map((p) => p.message)).toEqual([expect.stringContaining('where no section names Dole')]);
    });

    it('counts a single-source document\'s unmarked section as citing its source', async () => {
      await setUp({
        'docs/other.md': doc(`  - id: o\n    url: ${OTHER}\n    title: O\n    publisher: P\n`, '# Ailleurs\n\n## Chaumont ?\nLe centre de Chaumont a ouvert en 2019.\n'),
        'sites/sites.csv': `${HEADER}\n${CHAUMONT.replace(URL_A, OTHER)}\n`,
      });
      expect(await checkKnowledge(dir)).toEqual([]);
    });
  });
});
