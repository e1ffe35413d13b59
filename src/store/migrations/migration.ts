/** The database engines the service runs on: the embedded SQLite file, or a PostgreSQL server shared by instances. */
export type Engine = 'sqlite' | 'postgres';

/**
 * One step of the schema, shared by both engines: one version number, one name, and its SQL — a single string when
 * both engines run the same statements, one string per engine where they differ (types, identity columns, tables only
 * one engine needs). Versions are consecutive from 1; a released migration is never edited. Each engine records the
 * versions it applied in its own `schema_migrations` table.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string | Record<Engine, string>;
}

/** The SQL `migration` runs on `engine`. */
export function sqlFor(migration: Migration, engine: Engine): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[engine];
}
