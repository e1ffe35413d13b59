import type pg from 'pg';
import { sqlFor, type Migration } from './migrations/index.js';
import { checkNumbering } from './sqlite-migrate.js';

/** Key of the advisory lock that serialises migrations when several instances start at once. */
const MIGRATION_LOCK = 4_216_001;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in one transaction (PostgreSQL's DDL is
 * transactional: a database is either fully at the new version or untouched), under an advisory lock so that
 * instances starting together migrate one after the other. Returns the schema version after the call.
 */
export async function applyPgMigrations(pool: pg.Pool, migrations: readonly Migration[]): Promise<number> {
  checkNumbering(migrations);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL
    )`);
    const current = await pgSchemaVersion(client);
    if (current > migrations.length) {
      throw new Error(`database schema version ${current} is newer than this program knows (${migrations.length}): upgrade the program`);
    }
    for (const migration of migrations.slice(current)) {
      await client.query(sqlFor(migration, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
    return Math.max(current, migrations.length);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Highest applied migration version (0 for a new database). */
export async function pgSchemaVersion(client: pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return rows[0]?.version ?? 0;
}
