import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeuralEmbeddings } from '../../src/retrieval/embedding-settings.js';
import { EmbeddingsServiceError, HttpEmbeddings } from '../../src/retrieval/http-embeddings.js';

let server: Server;
let base: string;
const seen: Array<{ url: string; headers: IncomingMessage['headers']; body: { input: string[]; model?: string } }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as { input: string[]; model?: string };
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const vectors = body.input.map((t) => [t.length, 1]);
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/fail')) res.writeHead(401).end('{}');
      else if (req.url === '/api/embed') res.end(JSON.stringify({ embeddings: vectors }));
      else res.end(JSON.stringify({ data: vectors.map((embedding, index) => ({ embedding, index })).reverse() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('HttpEmbeddings', () => {
  it('when the provider is OpenAI-compatible, posts to /embeddings with a bearer key and keeps input order', async () => {
    const e = createNeuralEmbeddings({ provider: 'openai', model: 'm1', baseUrl: `${base}/v1`, apiKey: 'k' });
    expect(await e.embedDocuments(['a', 'bbb'])).toEqual([[1, 1], [3, 1]]);
    const last = seen.at(-1)!;
    expect(last.url).toBe('/v1/embeddings');
    expect(last.headers.authorization).toBe('Bearer k');
    expect(last.body.model).toBe('m1');
  });

  it('when the provider is Azure OpenAI, uses the deployment URL and api-key header', async () => {
    const e = createNeuralEmbeddings({ provider: 'azure-openai', model: 'dep', baseUrl: base, apiKey: 'az' });
    expect(await e.embedQuery('abcd')).toEqual([4, 1]);
    expect(seen.at(-1)!.url).toBe('/openai/deployments/dep/embeddings?api-version=2024-02-01');
    expect(seen.at(-1)!.headers['api-key']).toBe('az');
  });

  it('when the provider is Ollama, posts to /api/embed', async () => {
    const e = createNeuralEmbeddings({ provider: 'ollama', model: 'nomic', baseUrl: base });
    expect(await e.embedQuery('ab')).toEqual([2, 1]);
    expect(seen.at(-1)!.url).toBe('/api/embed');
  });

  it('when the service answers an error, throws a typed error naming it', async () => {
    const e = new HttpEmbeddings({ provider: 'openai', model: 'm', baseUrl: `${base}/fail` });
    await expect(e.embedQuery('x')).rejects.toBeInstanceOf(EmbeddingsServiceError);
  });
});
