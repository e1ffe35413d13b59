import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { databasePath, openDatabase } from '../../src/store/sqlite-database.js';
import { applyMigrations, schemaVersion } from '../../src/store/sqlite-migrate.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('schema migrations', () => {
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
