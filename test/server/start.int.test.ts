import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer.js';
import { PROJECT_ROOT } from '../../src/project-root.js';
import { get, rawRequest } from './raw-http.js';
import { startLocalConnector } from '../fakes/local-connector.js';
import { buildBundle } from '../fakes/spawn-service.js';

/** What `npm start` runs: the bundle in dist/, started by plain Node, on a free port and a fresh data folder. */
let child: ChildProcess;
let baseUrl = '';
let dataDir = '';
const logs: string[] = [];

beforeAll(async () => {
  buildBundle();
  dataDir = mkdtempSync(path.join(tmpdir(), 'cnam-start-'));
  child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(PROJECT_ROOT, 'dist/main.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', AGENT_TOKEN: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}: ${buffer}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n')) {
        if (!line.includes('"msg":"ready"')) continue;
        logs.push(line);
        baseUrl = (JSON.parse(line) as { url: string }).url;
        resolve();
      }
    });
  });
}, 120_000);

afterAll(() => {
  child?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start (the bundled dist/main.js)', () => {
  it('when started on a fresh data folder, builds its index and gazetteer, logs ready with its timing and answers /readyz', async () => {
    expect(JSON.parse(logs[0]!)).toMatchObject({ msg: 'ready', readyMs: expect.any(Number) });
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
  });

  it('serves the chat page, the widget script, the Web Chat bundle and the agent console', async () => {
    for (const [route, type] of [['/', 'text/html'], ['/embed.js', 'javascript'], ['/webchat/webchat.js', 'javascript'], ['/agent', 'text/html']] as const) {
      const response = await fetch(`${baseUrl}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type'), route).toContain(type);
    }
  });

  it('answers a factual question with citations, and a town question from the directory', async () => {
    const ask = async (question: string) =>
      answerSchema.parse(await (await fetch(`${baseUrl}/api/ask`, { method: 'POST', body: JSON.stringify({ question }) })).json());
    const knowledge = await ask('Quand le deuxième AMI a-t-il été lancé ?');
    expect(knowledge.kind).toBe('knowledge');
    expect(knowledge.citations.length).toBeGreaterThan(0);
    const centre = await ask('Y a-t-il un centre Cnam à Chaumont ?');
    expect(centre.kind).toBe('centre');
    expect(centre.lookup?.inTown).toBe(true);
  });

  it('answers a Bot Framework activity with expectReplies', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'm1', text: 'Bonjour', channelId: 'emulator', deliveryMode: 'expectReplies',
        conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.at(-1)?.text).toMatch(/Bonjour/);
  });

  it('when a request target cannot be parsed (GET http://[/), answers 400 and the process lives', async () => {
    const { status } = await rawRequest(Number(new URL(baseUrl).port), get('http://[/'));
    expect(status).toBe(400);
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it('sends a Teams reply to the connector with its full citation entity (the bundled SDK patch holds)', async () => {
    const connector = await startLocalConnector();
    try {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: 'm2', text: 'Quand le deuxième AMI a-t-il été lancé ?', channelId: 'msteams', serviceUrl: connector.url,
          conversation: { id: 'c2' }, from: { id: 'u1' }, recipient: { id: 'bot' },
        }),
      });
      expect(response.status).toBe(200);
      await connector.waitFor(2);
      const message = connector.received.find((r) => r.body.type === 'message')!.body as { entities: Array<Record<string, unknown>> };
      expect(message.entities[0]).toMatchObject({ '@type': 'Message', additionalType: ['AIGeneratedContent'], citation: expect.any(Array) });
    } finally {
      await connector.close();
    }
  });
});
