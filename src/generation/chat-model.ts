import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../config.js';

/** Most tokens one answer may take: a few short sentences with their markers. */
export const MAX_OUTPUT_TOKENS = 400;

/** Which model a generated answer came from (the Answer's `generated` field). */
export interface ModelIdentity {
  provider: 'openai' | 'azure-openai' | 'ollama';
  model: string;
}

export interface ConfiguredModel extends ModelIdentity {
  chat: BaseChatModel;
}

/**
 * The LangChain chat model the LLM_* settings describe, or null when LLM_PROVIDER is `none`. Deterministic
 * (temperature 0), streaming, no retry (a retry would double the wait the timeout bounds), usage reported. The
 * provider's package is loaded only then: without a provider, start-up time and memory stay as they were.
 */
export async function chatModelOf(config: Config): Promise<ConfiguredModel | null> {
  const model = config.LLM_MODEL;
  switch (config.LLM_PROVIDER) {
    case 'none':
      return null;
    case 'openai': {
      const { ChatOpenAI } = await import('@langchain/openai');
      return {
        provider: 'openai',
        model: model!,
        chat: new ChatOpenAI({
          model: model!,
          apiKey: config.LLM_API_KEY!,
          temperature: 0,
          maxTokens: MAX_OUTPUT_TOKENS,
          streaming: true,
          streamUsage: true,
          useResponsesApi: false,
          maxRetries: 0,
          timeout: config.LLM_TIMEOUT_MS,
          ...(config.LLM_BASE_URL ? { configuration: { baseURL: config.LLM_BASE_URL } } : {}),
        }),
      };
    }
    case 'azure-openai': {
      const { AzureChatOpenAI } = await import('@langchain/openai');
      return {
        provider: 'azure-openai',
        model: model!,
        chat: new AzureChatOpenAI({
          azureOpenAIEndpoint: config.LLM_BASE_URL!,
          azureOpenAIApiDeploymentName: model!,
          azureOpenAIApiKey: config.LLM_API_KEY!,
          azureOpenAIApiVersion: config.LLM_AZURE_API_VERSION,
          temperature: 0,
          maxTokens: MAX_OUTPUT_TOKENS,
          streaming: true,
          streamUsage: true,
          maxRetries: 0,
          timeout: config.LLM_TIMEOUT_MS,
        }),
      };
    }
    case 'ollama': {
      const { ChatOllama } = await import('@langchain/ollama');
      return {
        provider: 'ollama',
        model: model!,
        chat: new ChatOllama({
          model: model!,
          baseUrl: config.LLM_BASE_URL ?? 'http://127.0.0.1:11434',
          temperature: 0,
          numPredict: MAX_OUTPUT_TOKENS,
          streaming: true,
          ...(config.LLM_API_KEY ? { headers: { Authorization: `Bearer ${config.LLM_API_KEY}` } } : {}),
        }),
      };
    }
  }
}
