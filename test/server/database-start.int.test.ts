import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.js';
import { buildBundle } from '../fakes/spawn-service.js';
import { usePostgres } from '../fakes/postgres.js';

/** Start-up of the bundled service with a database it cannot use: it stops at once with one line naming the setting. */

const postgres = usePostgres();
const SECRET = 'the-same-secret-on-every-instance-0123456789';

beforeAll(() => buildBundle(), 120_000);

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(PROJECT_ROOT, 'dist/main.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', AGENT_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up with DATABASE_URL', () => {
  it('when nothing listens at the URL, exits 1 with one line naming DATABASE_URL, without the password', async () => {
    const port = await closedPort();
    const { code, stderr } = await run({ DATABASE_URL: `postgres://assistant:s3cret@127.0.0.1:${port}/assistant`, DIRECT_LINE_TOKEN_SECRET: SECRET });
    expect(code).toBe(1);
    expect(stderr).toBe(`DATABASE_URL: cannot use the database at postgres://assistant@127.0.0.1:${port}/assistant: connect ECONNREFUSED 127.0.0.1:${port}\n`);
  });

  it('when the server answers but the database does not exist, says so on one line', async () => {
    const url = postgres.cluster().url('nope');
    const { code, stderr } = await run({ DATABASE_URL: url, DIRECT_LINE_TOKEN_SECRET: SECRET });
    expect(code).toBe(1);
    expect(stderr).toBe(`DATABASE_URL: cannot use the database at ${url}: database "nope" does not exist\n`);
  });

  it('without DIRECT_LINE_TOKEN_SECRET, configuration fails with one line naming it', async () => {
    const { code, stderr } = await run({ DATABASE_URL: postgres.cluster().url(), DIRECT_LINE_TOKEN_SECRET: '' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: DIRECT_LINE_TOKEN_SECRET="": required when DATABASE_URL is set/)]);
  });
});
