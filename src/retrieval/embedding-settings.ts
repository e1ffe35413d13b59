import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { HttpEmbeddings } from './http-embeddings.js';
import { LOCAL_DIMENSIONS } from './local-embeddings.js';

/** Which embeddings the index uses. Recorded in the manifest (without the key): a change means a rebuild. */
export interface EmbeddingSettings {
  provider: Config['EMBEDDINGS_PROVIDER'];
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  /** Vector size of the local embeddings (ignored by neural providers, whose model decides). */
  dimensions?: number;
}

const DEFAULT_MODELS: Record<Exclude<EmbeddingSettings['provider'], 'local'>, string> = {
  openai: 'text-embedding-3-small',
  'azure-openai': 'text-embedding-3-small',
  ollama: 'nomic-embed-text',
};

const DEFAULT_BASE_URLS: Partial<Record<EmbeddingSettings['provider'], string>> = {
  openai: 'https://api.openai.com/v1',
  ollama: 'http://127.0.0.1:11434',
};

/** Reads the EMBEDDINGS_* settings of the configuration. */
export function embeddingSettingsFromConfig(config: Config): EmbeddingSettings {
  return {
    provider: config.EMBEDDINGS_PROVIDER,
    model: config.EMBEDDINGS_MODEL,
    baseUrl: config.EMBEDDINGS_BASE_URL,
    apiKey: config.EMBEDDINGS_API_KEY,
  };
}

/** The part of the settings that decides the vectors: what the manifest stores and compares. */
export function describeEmbeddings(settings: EmbeddingSettings): { provider: string; model: string; baseUrl?: string; dimensions?: number } {
  if (settings.provider === 'local') {
    return { provider: 'local', model: 'tfidf-char-ngrams-v1', dimensions: settings.dimensions ?? LOCAL_DIMENSIONS };
  }
  return {
    provider: settings.provider,
    model: settings.model ?? DEFAULT_MODELS[settings.provider],
    baseUrl: settings.baseUrl ?? DEFAULT_BASE_URLS[settings.provider],
  };
}

/**
 * The neural embeddings client for a non-local provider.
 * @throws Error naming EMBEDDINGS_BASE_URL when Azure OpenAI has no endpoint.
 */
export function createNeuralEmbeddings(settings: EmbeddingSettings, fetchImpl?: typeof fetch): Embeddings {
  if (settings.provider === 'local') throw new Error('local embeddings are fitted at ingest, not created here');
  const { model, baseUrl } = describeEmbeddings(settings);
  if (!baseUrl) throw new Error(`EMBEDDINGS_BASE_URL is required for EMBEDDINGS_PROVIDER=${settings.provider}`);
  return new HttpEmbeddings({ provider: settings.provider, model, baseUrl, apiKey: settings.apiKey, fetch: fetchImpl });
}
