import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { parseDocument } from '../../src/knowledge/load-documents.js';
import { parseSites } from '../../src/knowledge/load-sites.js';

const TEXT = `---
title: Le deuxième AMI
language: fr
tags: [ami, ami2]
updated: 2026-11-27
sources:
  - id: localtis-2020-01
    url: https://banquedesterritoires.fr/x
    title: "Cnam : élargissement"
    publisher: Banque des Territoires – Localtis
    date: 2020-01
---
# Le deuxième AMI

## Quand ?
Le deuxième AMI a été lancé le 20 janvier 2020 [^localtis-2020-01].
`;

describe('parseDocument', () => {
  it('when the text is valid, returns front matter (dates kept as strings), body and body line', () => {
    const d = parseDocument('docs/topics/x.md', TEXT);
    expect(d).toMatchObject({ id: 'docs/topics/x.md', title: 'Le deuxième AMI', language: 'fr', tags: ['ami', 'ami2'], updated: '2026-11-27', bodyLine: 13 });
    expect(d.sources[0]).toEqual({ id: 'localtis-2020-01', url: 'https://banquedesterritoires.fr/x', title: 'Cnam : élargissement', publisher: 'Banque des Territoires – Localtis', date: '2020-01' });
    expect(d.body.startsWith('# Le deuxième AMI')).toBe(true);
  });

  it('when a marker is unknown, throws a KnowledgeError with file:line', () => {
    const bad = TEXT.replace('[^localtis-2020-01]', '[^inconnu]');
    expect(() => parseDocument('docs/x.md', bad)).toThrow(KnowledgeError);
    expect(() => parseDocument('docs/x.md', bad)).toThrow(/docs\/x\.md:16: claim marker \[\^inconnu\]/);
  });
});

describe('parseSites', () => {
  it('when cells are empty, returns undefined fields; sources are split on ";"', () => {
    const csv =
      'id,name,kind,town,insee,department,region,collectivity,wave,status,status_date,address,sources,notes\n' +
      'a,Nom,antenna,Sedan,08409,08,Grand Est,,ami1-2019,open,,,https://a.fr/1 ; https://b.fr/2,\n';
    const [site] = parseSites(csv, 'sites.csv');
    expect(site).toEqual({
      id: 'a', name: 'Nom', kind: 'antenna', town: 'Sedan', insee: '08409', department: '08', region: 'Grand Est',
      wave: 'ami1-2019', status: 'open', sources: ['https://a.fr/1', 'https://b.fr/2'],
    });
  });
});
