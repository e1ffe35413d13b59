import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAssistant } from '../../src/compose/build-assistant.js';
import { configSchema } from '../../src/config.js';
import { emptyContext } from '../../src/core/ask-context.js';
import type { Assistant } from '../../src/core/assistant.js';
import { silentLogger } from '../../src/logging/logger.js';
import { startFakeLlmServer, tokens, type FakeLlmServer } from '../fakes/fake-llm-server.js';
import { LAUNCH, WHO, llmConfig, scripted } from './fixtures.js';

const RETRIEVER = scripted([[/lanc/i, [LAUNCH, WHO]]]);
const GOOD = 'Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [1]. Selon les Côtes-d’Armor, il a été lancé le 20 juillet 2020 [2].';

let dir: string;
let llm: FakeLlmServer;
let withLlm: Assistant;
let without: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cnam-gen-build-'));
  llm = await startFakeLlmServer();
  withLlm = await buildAssistant({ logger: silentLogger(), config: llmConfig(llm.url, { DATA_DIR: dir }), knowledgeRetriever: RETRIEVER, validate: true });
  without = await buildAssistant({ logger: silentLogger(), config: configSchema.parse({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), knowledgeRetriever: RETRIEVER, validate: true });
}, 120_000);
afterAll(async () => {
  await llm.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  llm.received.length = 0;
  llm.script({ chunks: tokens(GOOD) });
});

describe('the assistant built from the LLM_* settings', () => {
  it('with a provider: knowledge answers are generated (and checked)', async () => {
    const answer = await withLlm.ask('Quand le deuxième AMI a-t-il été lancé ?', emptyContext);
    expect(answer.generated).toEqual({ provider: 'openai', model: 'albert-large' });
    expect(llm.received).toHaveLength(1);
  });

  it('centre answers (the sites directory) are never generated: the provider is not even called', async () => {
    const answer = await withLlm.ask('Y a-t-il un centre Cnam à Chaumont ?', emptyContext);
    expect(answer.kind).toBe('centre');
    expect(answer.generated).toBeUndefined();
    expect(llm.received).toHaveLength(0);
  });

  it('smalltalk and the fallback are never generated', async () => {
    expect((await withLlm.ask('Bonjour', emptyContext)).generated).toBeUndefined();
    expect((await withLlm.ask('Quelle est la capitale du Pérou ?', emptyContext)).generated).toBeUndefined();
    expect(llm.received).toHaveLength(0);
  });

  it('without a provider (the default): the same answers as before, extractive, and no call anywhere', async () => {
    const answer = await without.ask('Quand le deuxième AMI a-t-il été lancé ?', emptyContext);
    expect(answer.generated).toBeUndefined();
    expect(answer.text).toContain('Les sources ne concordent pas sur ce point');
    expect(llm.received).toHaveLength(0);
  });
});
