import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/cli/throwaway-postgres.js';

/**
 * Server settings for tests: no fsync. What the tests check of durability is that an acknowledged write is committed
 * (a killed instance, a restarted server); surviving a power cut is the server's own business and would only slow the
 * suite down on this disk (a few ms per commit). The benchmark keeps PostgreSQL's defaults.
 */
export const TEST_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * Runs `make` before the file's tests and returns a getter for what it made. If `make` fails (PostgreSQL cannot
 * start…), every test that uses the getter fails with that error — or, with `everyTest`, every test of the file —
 * since vitest reports the tests of a failed `beforeAll` as skipped, and nothing here may be skipped.
 */
export function setUpOrFail<T>(make: () => Promise<T>, { timeoutMs = 180_000, everyTest = false } = {}): () => T {
  let made: { value: T } | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      made = { value: await make() };
    } catch (error) {
      failure = error;
    }
  }, timeoutMs);
  const get = () => {
    if (made) return made.value;
    throw failure instanceof Error ? failure : new Error(`set-up failed: ${String(failure)}`);
  };
  if (everyTest) beforeEach(() => void get());
  return get;
}

/**
 * A throwaway PostgreSQL cluster for the test file that calls this (started before its tests, deleted after). Nothing
 * is skipped: if PostgreSQL cannot start, every test that needs it fails with the reason.
 */
export function usePostgres(): { cluster(): ThrowawayPostgres; createDatabase(): Promise<string> } {
  const cluster = setUpOrFail(() => startThrowawayPostgres({ settings: TEST_SETTINGS }), { timeoutMs: 120_000 });
  afterAll(() => {
    try {
      cluster().destroy();
    } catch {
      // it never started
    }
  });
  return { cluster, createDatabase: () => cluster().createDatabase() };
}
