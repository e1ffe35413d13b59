import type { Database } from 'better-sqlite3';
import { sqlFor, type Migration } from './migrations/index.js';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one transaction: a database is
 * either fully at the new version or untouched. Returns the schema version after the call.
 */
export function applyMigrations(db: Database, migrations: readonly Migration[]): number {
  checkNumbering(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const run = db.transaction(() => {
    const current = schemaVersion(db);
    const known = migrations.length;
    if (current > known) {
      throw new Error(`database schema version ${current} is newer than this program knows (${known}): upgrade the program`);
    }
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations.slice(current)) {
      db.exec(sqlFor(migration, 'sqlite'));
      insert.run(migration.version, migration.name, new Date().toISOString());
    }
  });
  run.immediate();
  return schemaVersion(db);
}

/** Versions must be consecutive from 1 (both engines check it before touching their database). */
export function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) throw new Error(`migration ${migration.name}: expected version ${i + 1}, got ${migration.version}`);
  });
}

/** Highest applied migration version (0 for a new database). */
export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}
