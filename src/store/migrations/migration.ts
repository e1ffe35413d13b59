/** One step of the SQLite schema. Versions are consecutive from 1; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
