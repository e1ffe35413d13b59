import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('when nothing is set, runs offline and anonymous with defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, HOST: '127.0.0.1', LOG_LEVEL: 'info', EMBEDDINGS_PROVIDER: 'local', DATA_DIR: 'data' });
    expect(config.MicrosoftAppId).toBeUndefined();
    expect(config.DIRECT_LINE_SECRET).toBeUndefined();
  });

  it('when values are empty strings (as copied from .env.example), treats them as unset', () => {
    const config = loadConfig({ MicrosoftAppId: '', DIRECT_LINE_SECRET: ' ', PUBLIC_URL: '', AGENT_TOKEN: '' });
    expect(config.MicrosoftAppId).toBeUndefined();
    expect(config.DIRECT_LINE_SECRET).toBeUndefined();
    expect(config.AGENT_TOKEN).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'verbose'],
    ['EMBEDDINGS_PROVIDER', 'magic'],
    ['MicrosoftAppType', 'Both'],
    ['AGENT_TOKEN', 'short'],
    ['PUBLIC_URL', 'not a url'],
  ])('when %s=%s, throws one line naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}=`));
  });

  it.each([
    ['DATABASE_URL', 'mysql://db/assistant'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DIRECT_LINE_TOKEN_SECRET', 'too-short'],
  ])('when %s=%s, throws one line naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}=`));
  });

  it('with DATABASE_URL, requires DIRECT_LINE_TOKEN_SECRET, naming it on one line', () => {
    const url = 'postgres://assistant:s3cret@db.example.fr:5432/assistant';
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/^Invalid configuration: DIRECT_LINE_TOKEN_SECRET="": required when DATABASE_URL is set[^\n]*$/);
    const config = loadConfig({ DATABASE_URL: url, DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ DATABASE_URL: url, DATABASE_POOL_SIZE: 10, DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(32) });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('never prints a secret it refuses', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(/^Invalid configuration: DATABASE_URL=\(hidden\): /);
    expect(() => loadConfig({ DIRECT_LINE_TOKEN_SECRET: 'hunter2' })).not.toThrow(/hunter2/);
  });
});

describe('LLM_* settings (optional generation)', () => {
  it('off by default: LLM_PROVIDER is none, with a 15 s timeout and a 20,000-token minute', () => {
    expect(loadConfig({})).toMatchObject({ LLM_PROVIDER: 'none', LLM_TIMEOUT_MS: 15_000, LLM_TOKENS_PER_MINUTE: 20_000 });
    expect(loadConfig({ LLM_PROVIDER: '' }).LLM_PROVIDER).toBe('none');
  });

  it('accepts each provider with what it needs', () => {
    expect(loadConfig({ LLM_PROVIDER: 'openai', LLM_MODEL: 'albert-large', LLM_API_KEY: 'k', LLM_BASE_URL: 'https://albert.api.etalab.gouv.fr/v1' }).LLM_PROVIDER).toBe('openai');
    expect(loadConfig({ LLM_PROVIDER: 'azure-openai', LLM_MODEL: 'gpt-4o-mini', LLM_API_KEY: 'k', LLM_BASE_URL: 'https://cnam.openai.azure.com' }).LLM_AZURE_API_VERSION).toBe('2024-10-21');
    expect(loadConfig({ LLM_PROVIDER: 'ollama', LLM_MODEL: 'mistral-small' }).LLM_BASE_URL).toBeUndefined();
  });

  it.each([
    [{ LLM_PROVIDER: 'gpt' }, 'LLM_PROVIDER'],
    [{ LLM_PROVIDER: 'openai', LLM_API_KEY: 'k' }, 'LLM_MODEL'],
    [{ LLM_PROVIDER: 'openai', LLM_MODEL: 'm' }, 'LLM_API_KEY'],
    [{ LLM_PROVIDER: 'azure-openai', LLM_MODEL: 'm', LLM_API_KEY: 'k' }, 'LLM_BASE_URL'],
    [{ LLM_PROVIDER: 'ollama' }, 'LLM_MODEL'],
    [{ LLM_MODEL: 'albert-large' }, 'LLM_PROVIDER'],
    [{ LLM_PROVIDER: 'ollama', LLM_MODEL: 'm', LLM_BASE_URL: 'ftp://x' }, 'LLM_BASE_URL'],
    [{ LLM_TIMEOUT_MS: '10' }, 'LLM_TIMEOUT_MS'],
    [{ LLM_TOKENS_PER_MINUTE: '-1' }, 'LLM_TOKENS_PER_MINUTE'],
    [{ LLM_PROVIDER: 'azure-openai', LLM_MODEL: 'm', LLM_API_KEY: 'k', LLM_BASE_URL: 'https://x.openai.azure.com', LLM_AZURE_API_VERSION: 'latest' }, 'LLM_AZURE_API_VERSION'],
  ])('a bad combination %j stops start-up with one line naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}=[^\\n]*$`));
  });
});
