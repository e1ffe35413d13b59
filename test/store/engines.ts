import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { PgDatabase } from '../../src/store/pg-database.js';
import { openPostgresStores } from '../../src/store/pg-stores.js';
import { PgUnansweredStore } from '../../src/store/pg-unanswered-store.js';
import { databasePath, openDatabase } from '../../src/store/sqlite-database.js';
import { openSqliteStores, type Stores } from '../../src/store/sqlite-stores.js';
import { SqliteUnansweredStore } from '../../src/store/sqlite-unanswered-store.js';
import type { UnansweredStore } from '../../src/store/unanswered-store.js';
import { usePostgres } from '../fakes/postgres.js';

/** One database engine as the store tests see it: fresh databases, reopening one, reading its rows directly. */
export interface EngineHarness {
  name: 'sqlite' | 'postgres';
  /** A new empty database (`location` reopens it). */
  fresh(): Promise<{ stores: Stores; location: string }>;
  reopen(location: string): Promise<Stores>;
  /** Rows of a table as stored, oldest first. */
  rows(location: string, table: string): Promise<Array<Record<string, unknown>>>;
  /** An unanswered-question store with another cap, on a fresh database. */
  cappedUnanswered(cap: number): Promise<{ store: UnansweredStore; close(): Promise<void> }>;
}

/** The harnesses of both engines; PostgreSQL runs on a throwaway cluster started for the calling test file. */
export function engines(): EngineHarness[] {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnam-stores-'));
    dirs.push(dir);
    return databasePath(dir);
  };
  const sqlite: EngineHarness = {
    name: 'sqlite',
    async fresh() {
      const location = tempFile();
      return { stores: openSqliteStores(location), location };
    },
    async reopen(location) {
      return openSqliteStores(location);
    },
    async rows(location, table) {
      const raw = new Database(location, { readonly: true });
      try {
        return raw.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Array<Record<string, unknown>>;
      } finally {
        raw.close();
      }
    },
    async cappedUnanswered(cap) {
      const db = openDatabase(':memory:');
      return { store: new SqliteUnansweredStore(db, cap), close: async () => void db.close() };
    },
  };
  const postgres = usePostgres();
  const pgEngine: EngineHarness = {
    name: 'postgres',
    async fresh() {
      const location = await postgres.createDatabase();
      return { stores: await openPostgresStores(location, silentLogger(), { sweepMs: 0 }), location };
    },
    async reopen(location) {
      return openPostgresStores(location, silentLogger(), { sweepMs: 0 });
    },
    async rows(location, table) {
      const client = new pg.Client({ connectionString: location });
      await client.connect();
      try {
        return (await client.query(`SELECT * FROM ${table} ORDER BY id`)).rows as Array<Record<string, unknown>>;
      } finally {
        await client.end();
      }
    },
    async cappedUnanswered(cap) {
      const { stores, location } = await pgEngine.fresh();
      await stores.close();
      const db = new PgDatabase(location, silentLogger());
      return { store: new PgUnansweredStore(db, cap), close: () => db.close() };
    },
  };
  return [sqlite, pgEngine];
}
