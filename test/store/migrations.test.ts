import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { MIGRATIONS, sqlFor } from '../../src/store/migrations/index.js';
import { applyPgMigrations, pgSchemaVersion } from '../../src/store/pg-migrate.js';
import { redactDatabaseUrl } from '../../src/store/pg-database.js';
import { openPostgresStores } from '../../src/store/pg-stores.js';
import { usePostgres } from '../fakes/postgres.js';
import { databasePath, openDatabase } from '../../src/store/sqlite-database.js';
import { applyMigrations, schemaVersion } from '../../src/store/sqlite-migrate.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('schema migrations on SQLite', () => {
  it('when the database is opened twice, migrations run once and the version is recorded', () => {
    const file = databasePath(tempDir());
    const first = openDatabase(file);
    expect(schemaVersion(first)).toBe(MIGRATIONS.length);
    first.prepare("INSERT INTO unanswered (at, question, folded_question, reason, kind, confidence) VALUES ('2026-01-01T00:00:00.000Z', 'q', 'q', 'fallback', 'fallback', 0)").run();
    first.close();

    const second = openDatabase(file);
    const rows = second.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(second.prepare('SELECT COUNT(*) AS n FROM unanswered').get()).toEqual({ n: 1 });
    expect(second.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.pragma('synchronous', { simple: true })).toBe(2); // FULL
    second.close();
  });

  it('applies only the new migrations, in one transaction: a failing one leaves the database untouched', () => {
    const db = new Database(':memory:');
    const one = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER)' };
    expect(applyMigrations(db, [one])).toBe(1);
    const broken = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER); CREATE TABLE a (x INTEGER)' };
    expect(() => applyMigrations(db, [one, broken])).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    const fixed = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER)' };
    expect(applyMigrations(db, [one, fixed])).toBe(2);
  });

  it('refuses a database newer than the program, and migrations numbered out of order', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [
      { version: 1, name: 'one', sql: 'SELECT 1' },
      { version: 2, name: 'two', sql: 'SELECT 1' },
    ]);
    expect(() => applyMigrations(db, [{ version: 1, name: 'one', sql: 'SELECT 1' }])).toThrow(/newer than this program/);
    expect(() => applyMigrations(new Database(':memory:'), [{ version: 2, name: 'x', sql: 'SELECT 1' }])).toThrow(/expected version 1/);
  });
});

describe('schema migrations on SQLite and PostgreSQL share one numbered list', () => {
  it('every migration has SQL for both engines, and the versions follow each other from 1', () => {
    MIGRATIONS.forEach((migration, i) => {
      expect(migration.version).toBe(i + 1);
      expect(typeof sqlFor(migration, 'sqlite')).toBe('string');
      expect(sqlFor(migration, 'postgres').trim().length).toBeGreaterThan(0);
    });
  });

  it('on SQLite, the shared-state migration is recorded and creates no table (that state lives in memory)', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(['feedback', 'reviews', 'schema_migrations', 'sqlite_sequence', 'unanswered']);
    db.close();
  });
});

describe('schema migrations on PostgreSQL', () => {
  const postgres = usePostgres();
  const pool = (url: string) => {
    const p = new pg.Pool({ connectionString: url, max: 2 });
    pools.push(p);
    return p;
  };
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  it('when the stores are opened twice, migrations run once, the versions are recorded and the data is kept', async () => {
    const url = await postgres.createDatabase();
    const first = await openPostgresStores(url, silentLogger(), { sweepMs: 0 });
    await first.unanswered.record({ question: 'q', reason: 'fallback', kind: 'fallback', confidence: 0, at: '2026-01-01T00:00:00.000Z' });
    await first.close();
    const second = await openPostgresStores(url, silentLogger(), { sweepMs: 0 });
    const { rows } = await pool(url).query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(await second.unanswered.list()).toHaveLength(1);
    await second.close();
  });

  it('when several instances start at once on a new database, each migrates or waits its turn, and all start', async () => {
    const url = await postgres.createDatabase();
    const opened = await Promise.all([1, 2, 3].map(() => openPostgresStores(url, silentLogger(), { sweepMs: 0 })));
    expect(await pgSchemaVersion(pool(url))).toBe(MIGRATIONS.length);
    expect((await pool(url).query('SELECT COUNT(*)::int AS n FROM schema_migrations')).rows[0]).toEqual({ n: MIGRATIONS.length });
    await Promise.all(opened.map((s) => s.close()));
  });

  it('applies only the new migrations, in one transaction: a failing one leaves the database untouched', async () => {
    const db = pool(await postgres.createDatabase());
    const one = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER)' };
    expect(await applyPgMigrations(db, [one])).toBe(1);
    const broken = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER); CREATE TABLE a (x INTEGER)' };
    await expect(applyPgMigrations(db, [one, broken])).rejects.toThrow(/already exists/);
    expect(await pgSchemaVersion(db)).toBe(1);
    expect((await db.query("SELECT to_regclass('b') AS b")).rows[0]).toEqual({ b: null });
    const fixed = { version: 2, name: 'two', sql: { sqlite: 'SELECT 1', postgres: 'CREATE TABLE b (y INTEGER)' } };
    expect(await applyPgMigrations(db, [one, fixed])).toBe(2);
  });

  it('refuses a database newer than the program, and migrations numbered out of order', async () => {
    const db = pool(await postgres.createDatabase());
    await applyPgMigrations(db, [
      { version: 1, name: 'one', sql: 'SELECT 1' },
      { version: 2, name: 'two', sql: 'SELECT 1' },
    ]);
    await expect(applyPgMigrations(db, [{ version: 1, name: 'one', sql: 'SELECT 1' }])).rejects.toThrow(/newer than this program/);
    await expect(applyPgMigrations(db, [{ version: 2, name: 'x', sql: 'SELECT 1' }])).rejects.toThrow(/expected version 1/);
  });
});

describe('redactDatabaseUrl', () => {
  it('drops the password from any form of URL, socket URLs included', () => {
    expect(redactDatabaseUrl('postgres://assistant:s3cret@db.example.fr:5432/assistant')).toBe('postgres://assistant@db.example.fr:5432/assistant');
    expect(redactDatabaseUrl('postgres://u:p%40ss@/db?host=/var/run/postgresql')).toBe('postgres://u@/db?host=/var/run/postgresql');
    expect(redactDatabaseUrl('postgresql://reader@db/assistant')).toBe('postgresql://reader@db/assistant');
  });
});
