/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a temporary folder, `pg_ctl start` on a free
 * port of 127.0.0.1, databases created on demand, everything deleted at the end. It uses the server binaries of the
 * machine (Debian's `postgresql` package: `.ci/run` installs it when missing) and never skips: when PostgreSQL cannot
 * be started, it throws with the reason and the server's log, so a test that needs it fails.
 *
 * initdb and the server refuse to run as root: as root, they run as the `postgres` user (`runuser`), which owns the
 * temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  port: number;
  /** URL of a database of this cluster (`postgres` when none is given). */
  url(database?: string): string;
  /** Creates a new empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are closed), keeping its data. */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops the server and deletes its folder. */
  destroy(): void;
}

/** The folder of `initdb`: `POSTGRES_BIN` when set, else on the PATH, else the newest `/usr/lib/postgresql/N/bin`. */
export function findPostgresBin(): string {
  const chosen = process.env.POSTGRES_BIN;
  if (chosen) {
    if (existsSync(path.join(chosen, 'initdb')) && existsSync(path.join(chosen, 'pg_ctl'))) return chosen;
    throw new Error(`POSTGRES_BIN=${chosen} has no initdb and pg_ctl`);
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(root, versions[0], 'bin');
  throw new Error('PostgreSQL server binaries not found (initdb, pg_ctl): install Debian\'s postgresql package (apt-get install postgresql)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const live = new Set<() => void>();
process.once('exit', () => live.forEach((stop) => stop()));

/** Starts a new cluster (about 1.5 s). */
export async function startThrowawayPostgres(options: { settings?: Record<string, string> } = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'cnam-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] as const : [path.join(bin, program), args] as const;
    try {
      return execFileSync(command[0], [...command[1]], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString();
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2_000) : '';
      throw new Error(`${program} failed: ${stderr || (error as Error).message}${serverLog ? `\nserver log:\n${serverLog}` : ''}`);
    }
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-N']);
  const port = await freePort();
  const settings = { listen_addresses: '127.0.0.1', max_connections: '200', ...options.settings };
  const serverOptions = [`-p ${port}`, `-k ${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  const start = () => void run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', log, '-w', '-t', '60', 'start']);
  const stop = (mode: 'fast' | 'immediate') => {
    try {
      run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    } catch {
      // already stopped
    }
  };
  const kill = () => stop('immediate');
  start();
  live.add(kill);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let created = 0;
  return {
    port,
    url,
    async createDatabase(name) {
      created += 1;
      const database = name ?? `test_${process.pid}_${created}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return url(database);
    },
    stop: () => stop('fast'),
    start,
    destroy() {
      live.delete(kill);
      kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
