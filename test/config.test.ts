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
