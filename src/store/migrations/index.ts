import { initialMigration } from './001-initial.js';
import { boundedGapsMigration } from './002-bounded-gaps.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every schema migration, in order. Append new ones; never edit or reorder released ones. */
export const MIGRATIONS: readonly Migration[] = [initialMigration, boundedGapsMigration];
