import { afterAll, beforeAll } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/cli/throwaway-postgres.js';

/**
 * Server settings for tests: no fsync. What the tests check of durability is that an acknowledged write is committed
 * (a killed instance, a restarted server); surviving a power cut is the server's own business and would only slow the
 * suite down on this disk (a few ms per commit). The benchmark keeps PostgreSQL's defaults.
 */
export const TEST_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * A throwaway PostgreSQL cluster for the test file that calls this (started before its tests, deleted after). Nothing
 * is skipped: if PostgreSQL cannot start, the file's tests fail with the reason.
 */
export function usePostgres(): { cluster(): ThrowawayPostgres; createDatabase(): Promise<string> } {
  let cluster: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    cluster = await startThrowawayPostgres({ settings: TEST_SETTINGS });
  }, 120_000);
  afterAll(() => cluster?.destroy());
  const get = () => {
    if (!cluster) throw new Error('PostgreSQL did not start (see the error of beforeAll)');
    return cluster;
  };
  return { cluster: get, createDatabase: () => get().createDatabase() };
}
