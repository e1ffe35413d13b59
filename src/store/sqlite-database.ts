import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import { applyMigrations } from './sqlite-migrate.js';

export type SqliteDatabase = Database.Database;

/** File name of the service's database inside `DATA_DIR`. */
export const DATABASE_FILE = 'assistant.sqlite';

/** `${dataDir}/assistant.sqlite`. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/**
 * Opens (creating it if needed) the service's SQLite database and brings its schema up to date.
 * WAL with `synchronous=FULL`: a write is on disk when the call returns, so an acknowledged record
 * survives a crash or a power cut. `':memory:'` gives a private in-memory database (tests, defaults).
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, MIGRATIONS);
  return db;
}
