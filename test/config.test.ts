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
});
