import { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';

/** Which wire format to speak. */
export type HttpEmbeddingsProvider = 'openai' | 'azure-openai' | 'ollama';

export interface HttpEmbeddingsOptions {
  provider: HttpEmbeddingsProvider;
  /** Model name (OpenAI, Ollama) or deployment name (Azure OpenAI). */
  model: string;
  /**
   * API root: `https://api.openai.com/v1` (or any OpenAI-compatible server), `https://<resource>.openai.azure.com`,
   * `http://127.0.0.1:11434` (Ollama).
   */
  baseUrl: string;
  apiKey?: string;
  /** Azure OpenAI `api-version` query parameter. */
  apiVersion?: string;
  /** Texts per request. */
  batchSize?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

const openAiResponse = z.object({ data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int() })) });
const ollamaResponse = z.object({ embeddings: z.array(z.array(z.number())) });

/** An embeddings service answered with an error or an unexpected body; the message names the service. */
export class EmbeddingsServiceError extends Error {
  override name = 'EmbeddingsServiceError';
}

/**
 * Neural embeddings from an HTTP service (OpenAI-compatible, Azure OpenAI or Ollama) with plain
 * `fetch`, behind LangChain's `Embeddings` interface: selected by configuration, nothing else changes.
 */
export class HttpEmbeddings extends Embeddings {
  constructor(private readonly options: HttpEmbeddingsOptions) {
    super({ maxRetries: 2 });
  }

  private request(input: string[]): { url: string; headers: Record<string, string>; body: unknown } {
    const { provider, model, apiKey } = this.options;
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (provider === 'ollama') return { url: `${base}/api/embed`, headers, body: { model, input } };
    if (provider === 'azure-openai') {
      if (apiKey) headers['api-key'] = apiKey;
      const root = base.includes('/openai/deployments/') ? base : `${base}/openai/deployments/${encodeURIComponent(model)}`;
      return { url: `${root}/embeddings?api-version=${this.options.apiVersion ?? '2024-02-01'}`, headers, body: { input } };
    }
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    return { url: `${base}/embeddings`, headers, body: { model, input } };
  }

  private async embedBatch(input: string[]): Promise<number[][]> {
    const { url, headers, body } = this.request(input);
    const doFetch = this.options.fetch ?? fetch;
    const response = await this.caller.call(() => doFetch(url, { method: 'POST', headers, body: JSON.stringify(body) }));
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      throw new EmbeddingsServiceError(`${this.options.provider} embeddings at ${url} answered ${response.status}`);
    }
    if (this.options.provider === 'ollama') {
      const parsed = ollamaResponse.safeParse(json);
      if (!parsed.success) throw new EmbeddingsServiceError(`unexpected Ollama embeddings response from ${url}`);
      return parsed.data.embeddings;
    }
    const parsed = openAiResponse.safeParse(json);
    if (!parsed.success) throw new EmbeddingsServiceError(`unexpected embeddings response from ${url}`);
    return [...parsed.data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    const size = this.options.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i += size) out.push(...(await this.embedBatch(documents.slice(i, i + size))));
    return out;
  }

  override async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedBatch([document]);
    if (!vector) throw new EmbeddingsServiceError('embeddings service returned no vector');
    return vector;
  }
}
