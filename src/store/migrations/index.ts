import { initialMigration } from './001-initial.js';
import { boundedGapsMigration } from './002-bounded-gaps.js';
import { sharedStateMigration } from './003-shared-state.js';
import type { Migration } from './migration.js';

export type { Engine, Migration } from './migration.js';
export { sqlFor } from './migration.js';

/** Every schema migration, in order, for both engines. Append new ones; never edit or reorder released ones. */
export const MIGRATIONS: readonly Migration[] = [initialMigration, boundedGapsMigration, sharedStateMigration];
