import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root.js';

/**
 * Builds `dist/main.js` (what `npm start` runs) when the sources changed. Test files run in parallel and several
 * build in their set-up: the build replaces `dist/`, so they take turns (a lock folder), and all but the first find
 * it up to date.
 */
export function buildBundle(): void {
  const lock = path.join(PROJECT_ROOT, '.dist-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error('timed out waiting for another test file to build dist/main.js');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/build.ts')], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface SpawnedService {
  child: ChildProcess;
  baseUrl: string;
  /** stderr lines (JSON logs) so far. */
  logs: string[];
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
}

/** Starts the bundled service with plain Node on a free port and resolves once it logs "ready". */
export async function spawnService(env: Record<string, string>): Promise<SpawnedService> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(PROJECT_ROOT, 'dist/main.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', AGENT_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}: ${buffer}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        if (line.includes('"msg":"ready"')) resolve((JSON.parse(line) as { url: string }).url);
      }
    });
  });
  return { child, baseUrl, logs, exited };
}
