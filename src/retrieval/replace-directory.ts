import { rename, rm } from 'node:fs/promises';

/**
 * Puts the fully written folder `staging` in place of `target` with renames only, so a reader sees
 * either the old folder or the new one, never a half-written one. The old folder is removed afterwards.
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, target);
  if (moved) await rm(old, { recursive: true, force: true });
}
