import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/cli/throwaway-postgres.js';
import { buildBundle, spawnService, type SpawnedService } from '../fakes/spawn-service.js';
import { TEST_SETTINGS } from '../fakes/postgres.js';

export const AGENT_TOKEN = 'scale-test-agent-token-0123456789';

/** Several real service processes (the bundled dist/main.js) sharing one throwaway PostgreSQL database. */
export interface Deployment {
  cluster: ThrowawayPostgres;
  databaseUrl: string;
  instances: SpawnedService[];
  /** Starts one more instance with the same settings. */
  spawn(extra?: Record<string, string>): Promise<SpawnedService>;
  /** One query on the shared database (what an operator would see). */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * Builds the bundle, starts a cluster and `count` instances with DATABASE_URL, one DIRECT_LINE_TOKEN_SECRET and
 * TRUST_PROXY_HOPS=1 (they sit behind the test's proxy). They share one DATA_DIR, built by the first: the read-only
 * index and gazetteer are per instance in production, one folder here only saves the suite a rebuild.
 */
export async function startDeployment(count: number, env: Record<string, string> = {}): Promise<Deployment> {
  buildBundle();
  const cluster = await startThrowawayPostgres({ settings: TEST_SETTINGS });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cnam-scale-'));
  const instances: SpawnedService[] = [];
  try {
    return await deploy(cluster, dataDir, instances, count, env);
  } catch (error) {
    for (const instance of instances) instance.child.kill('SIGKILL');
    cluster.destroy();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function deploy(cluster: ThrowawayPostgres, dataDir: string, instances: SpawnedService[], count: number, env: Record<string, string>): Promise<Deployment> {
  const databaseUrl = await cluster.createDatabase('assistant');
  const settings = {
    DATABASE_URL: databaseUrl,
    DIRECT_LINE_TOKEN_SECRET: 'the-same-secret-on-every-instance-0123456789',
    AGENT_TOKEN,
    TRUST_PROXY_HOPS: '1',
    DATA_DIR: dataDir,
    ...env,
  };
  const spawn = async (extra: Record<string, string> = {}) => {
    const instance = await spawnService({ ...settings, ...extra });
    instances.push(instance);
    return instance;
  };
  await spawn();
  await Promise.all(Array.from({ length: count - 1 }, () => spawn()));
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  admin.on('error', () => undefined);
  return {
    cluster,
    databaseUrl,
    instances,
    spawn,
    query: async (sql, params = []) => (await admin.query(sql, params)).rows,
    async close() {
      for (const instance of instances) if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGKILL');
      await Promise.all(instances.map((i) => i.exited));
      await admin.end().catch(() => undefined);
      cluster.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs JSON and returns status, body and headers. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** A Bot Framework activity for /api/messages with expectReplies. */
export function message(conversationId: string, text: string, id = `m-${Math.random().toString(36).slice(2)}`) {
  return {
    type: 'message', id, text, channelId: 'webchat', deliveryMode: 'expectReplies', locale: 'fr-FR',
    conversation: { id: conversationId }, from: { id: 'citizen' }, recipient: { id: 'bot' }, serviceUrl: 'http://127.0.0.1:1',
  };
}

/** A 👎 on the answer `replyToId`, as Web Chat and Teams send it. */
export function dislike(conversationId: string, replyToId: string, text: string) {
  return {
    type: 'invoke', name: 'message/submitAction', id: `f-${Math.random().toString(36).slice(2)}`, replyToId, channelId: 'webchat',
    deliveryMode: 'expectReplies', conversation: { id: conversationId }, from: { id: 'citizen' }, recipient: { id: 'bot' },
    serviceUrl: 'http://127.0.0.1:1', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: { feedbackText: text } } },
  };
}

export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
