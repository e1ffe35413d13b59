import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.js';
import { splitSections } from '../../src/knowledge/sections.js';

const URL_A = 'https://example.org/a';
const HEADER = 'id,name,kind,town,insee,department,region,collectivity,wave,status,status_date,address,sources,notes';
const SOURCE_A = `  - id: a\n    url: ${URL_A}\n    title: A\n    publisher: P\n`;
const SOURCE_B = `  - id: b\n    url: https://example.org/b\n    title: B\n    publisher: P\n`;
const doc = (body: string, extra = '', language = 'fr', sources = SOURCE_A + SOURCE_B) =>
  `---\ntitle: Essai\nlanguage: ${language}\n${extra}tags: [essai]\nupdated: 2026-11-27\nsources:\n${sources}---\n${body}`;
// Front matter of `doc`: 15 lines (--- … ---) without `extra`; the body starts on line 16.
const BODY_LINE = 16;

let dir: string;
async function setUp(files: Record<string, string>): Promise<void> {
  const all: Record<string, string> = {
    'sites/sites.csv': `${HEADER}\n`,
    'geo/communes-centres.csv': 'code_insee,lat,lon\n52121,48.09650,5.15660\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}
const at = (name: string) => path.join(dir, name);
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'knowledge-sections-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('splitSections', () => {
  it('reads the alternates under a heading apart from the text, and only there', () => {
    const sections = splitSections('# T\n\n## Quand ?\n> ? À quelle date ?\n> ? When?\nLe 3 mai [^a].\n> ? pas une alternative ?\n');
    expect(sections).toEqual([
      { headings: ['Quand ?'], alternates: ['À quelle date ?', 'When?'], text: 'Le 3 mai [^a].\n> ? pas une alternative ?', line: 2, alternateLines: [3, 4] },
    ]);
  });
});

describe('knowledge:check on sections', () => {
  it('when alternates are questions of their own, reports nothing', async () => {
    await setUp({ 'docs/a.md': doc('# T\n\n## Quand ?\n> ? À quelle date ?\nLe 3 mai 2019 [^a].\n') });
    expect(await checkKnowledge(dir)).toEqual([]);
  });

  it('when an alternate is not a question, carries a marker or repeats the heading, reports its line', async () => {
    await setUp({ 'docs/a.md': doc('# T\n\n## Quand ?\n> ? la date\n> ? Quand [^a] ?\n> ? quand ?\nLe 3 mai 2019 [^a].\n') });
    expect(await checkKnowledge(dir)).toEqual([
      { file: at('docs/a.md'), line: BODY_LINE + 3, message: expect.stringContaining('ending with "?"') },
      { file: at('docs/a.md'), line: BODY_LINE + 4, message: expect.stringContaining('no [^source] marker') },
      { file: at('docs/a.md'), line: BODY_LINE + 5, message: expect.stringContaining('repeats the heading') },
    ]);
  });

  it('when a sentence opens on a pronoun or a demonstrative, even after « Selon X, », reports it', async () => {
    await setUp({
      'docs/a.md': doc('# T\n\n## Q ?\nLe Cnam a ouvert 55 centres [^a].\nIl en prévoit 100 [^a].\nSelon Localtis, cette liste est provisoire [^b].\nCelui-ci ouvre en 2020 [^a].\nLe Cnam dit : ces villes sont moyennes [^a].\n'),
    });
    const problems = await checkKnowledge(dir);
    expect(problems.map((p) => p.line)).toEqual([BODY_LINE + 4, BODY_LINE + 5, BODY_LINE + 6]);
    expect(problems[0]!.message).toContain('stand alone');
  });

  it('when a sentence announces more items than it lists, reports it, unless it says the list is partial', async () => {
    await setUp({
      'docs/a.md': doc('# T\n\n## Q ?\nLes 11 lauréats sont Dole, Creil et Carpentras [^a].\nLes 11 lauréats comptent notamment Dole et Creil [^a].\nLes 3 lauréats sont Dole, Creil et Carpentras [^a].\n'),
    });
    expect(await checkKnowledge(dir)).toEqual([{ file: at('docs/a.md'), line: BODY_LINE + 3, message: expect.stringContaining('announces 11 items but lists 3') }]);
  });

  it('when an English sentence opens on "It" or "This", reports it', async () => {
    await setUp({ 'docs/en.md': doc('# T\n\n## When?\nThis call opened on 3 May 2019 [^a].\n', '', 'en') });
    expect((await checkKnowledge(dir)).map((p) => p.line)).toEqual([BODY_LINE + 3]);
  });
});

describe('knowledge:check on English versions', () => {
  const FR = doc('# T\n\n## Quand ?\nLe 3 mai 2019 [^a].\n\n## Qui ?\nLe Cnam [^b].\n');
  const english = (body: string, sources = SOURCE_A + SOURCE_B) => doc(body, 'translates: docs/fr.md\n', 'en', sources);

  it('when every section is translated with the same sources, reports nothing', async () => {
    await setUp({ 'docs/fr.md': FR, 'docs/en/fr.md': english('# T\n\n## When?\n> ? What date?\nOn 3 May 2019 [^a].\n\n## Who?\nThe Cnam [^b].\n') });
    expect(await checkKnowledge(dir)).toEqual([]);
  });

  it('when a section is missing, cites other sources, or a source has another URL, says so', async () => {
    await setUp({
      'docs/fr.md': FR,
      'docs/en/fr.md': english('# T\n\n## When?\nOn 3 May 2019 [^b].\n', SOURCE_A.replace(URL_A, 'https://example.org/other') + SOURCE_B),
    });
    const messages = (await checkKnowledge(dir)).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('source a has another URL'),
      expect.stringContaining('has 1 sections where docs/fr.md has 2'),
      expect.stringContaining('missing [^a]; not in the original [^b]'),
    ]);
  });

  it('when the original does not exist, says so', async () => {
    await setUp({ 'docs/en/fr.md': english('# T\n\n## When?\nOn 3 May 2019 [^a].\n') });
    expect((await checkKnowledge(dir)).map((p) => p.message)).toEqual([expect.stringContaining('docs/fr.md is no document')]);
  });
});
