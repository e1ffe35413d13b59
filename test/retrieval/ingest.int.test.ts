import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/retrieval/load-index.js';
import { loadExtraDirectory, loadExtraUrl } from '../../src/retrieval/load-extra-sources.js';
import { loadOrBuildIndex } from '../../src/retrieval/load-or-build-index.js';

const doc = (title: string, body: string) => `---
title: "${title}"
language: fr
tags: [test]
updated: 2026-01-01
sources:
  - id: src-a
    url: https://example.org/a
    title: "Source A"
    publisher: "Éditeur A"
    date: 2020-01
---
# ${title}

${body}
`;

let root: string;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cnam-ingest-'));
  await mkdir(path.join(root, 'docs', 'topics'), { recursive: true });
  await writeFile(path.join(root, 'docs', 'topics', 'ami.md'), doc('Le deuxième AMI', "## Quand a-t-il été lancé ?\nLe deuxième AMI a été lancé le 20 janvier 2020 [^src-a].\n"));
  await mkdir(path.join(root, 'extra'), { recursive: true });
  await writeFile(path.join(root, 'extra', 'note.txt'), 'Les auditeurs de Vierzon bénéficient du campus connecté.');
  await writeFile(
    path.join(root, 'extra', 'page.html'),
    '<html><head><title>Sedan</title><link rel="canonical" href="https://example.org/sedan"></head><body><nav>menu</nav><h2>Le pôle de Sedan</h2><p>Le pôle de Sedan occupe</p><p>l’ancien bâtiment de la CCI.</p></body></html>',
  );
  server = createServer((req, res) => {
    if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>Montbéliard</title></head><body><h1>Montbéliard</h1><p>L’antenne de Montbéliard est sur le campus des Portes du Jura.</p></body></html>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('loadOrBuildIndex', () => {
  const directory = () => path.join(root, 'data', 'index');
  const options = () => ({ directory: directory(), docsDir: path.join(root, 'docs'), embeddings: { provider: 'local' as const } });

  it('when no index exists, builds one atomically and leaves no staging folder', async () => {
    const result = await loadOrBuildIndex(options());
    expect(result.rebuilt).toBe(true);
    expect(result.manifest.passages).toBe(1);
    expect(result.manifest.documents[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(path.join(root, 'data'))).toEqual(['index']);
    const [hit] = await result.retriever.search('quand le deuxieme ami a ete lance', 1);
    expect(hit!.headingPath).toEqual(['Le deuxième AMI', 'Quand a-t-il été lancé ?']);
    expect(hit!.sources[0]!.id).toBe('src-a');
  });

  it('when nothing changed, does not rebuild', async () => {
    const before = await readManifest(directory());
    const result = await loadOrBuildIndex(options());
    expect(result.rebuilt).toBe(false);
    expect(result.manifest.builtAt).toBe(before!.builtAt);
  });

  it('when a document changed, rebuilds', async () => {
    await writeFile(path.join(root, 'docs', 'topics', 'ami.md'), doc('Le deuxième AMI', '## Quand a-t-il été lancé ?\nLe 20 juillet 2020 [^src-a].\n\n## Autre ?\nTexte [^src-a].\n'));
    const result = await loadOrBuildIndex(options());
    expect(result.rebuilt).toBe(true);
    expect(result.reason).toMatch(/changed document/);
    expect(result.manifest.passages).toBe(2);
  });

  it('when the embeddings settings change, rebuilds', async () => {
    const result = await loadOrBuildIndex({ ...options(), embeddings: { provider: 'local', dimensions: 256 } });
    expect(result.reason).toBe('embeddings changed');
    expect(result.manifest.embeddings.dimensions).toBe(256);
  });

  it('when given --dir and --url sources, indexes them and keeps them on later builds', async () => {
    const extras = [...(await loadExtraDirectory(path.join(root, 'extra'))), await loadExtraUrl(`${baseUrl}/page.html`)];
    const html = extras.find((d) => d.id === 'extra:page.html')!;
    expect(html.body).toContain('Le pôle de Sedan occupe\nl’ancien');
    expect(html.body).not.toContain('menu');
    expect(html.sources[0]!.url).toBe('https://example.org/sedan');
    expect(extras.find((d) => d.id.startsWith('http://'))!.sources).toEqual([]);
    const result = await loadOrBuildIndex({ ...options(), extraDocuments: extras });
    expect(result.manifest.documents).toHaveLength(4);
    expect((await result.retriever.search('Portes du Jura Montbéliard', 1))[0]!.documentId).toBe(`${baseUrl}/page.html`);
    const again = await loadOrBuildIndex(options());
    expect(again.rebuilt).toBe(false);
    expect(again.manifest.documents).toHaveLength(4);
  });
});
