import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTeamsManifest, type TeamsManifestSettings } from './build-manifest.js';
import { colorIcon, outlineIcon } from './draw-icon.js';
import { ManifestValidationError, validateTeamsManifest } from './validate-manifest.js';
import { writeZip } from './zip-writer.js';

/**
 * Builds the Teams app package (manifest.json, color.png, outline.png) as zip bytes, once its manifest passes the
 * official schema; otherwise rejects with a ManifestValidationError listing every problem.
 */
export async function buildTeamsPackage(settings: TeamsManifestSettings): Promise<Buffer> {
  const manifest = buildTeamsManifest(settings);
  const problems = await validateTeamsManifest(manifest);
  if (problems.length > 0) throw new ManifestValidationError(problems);
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: colorIcon() },
    { name: 'outline.png', data: outlineIcon() },
  ]);
}

/** Writes the validated package to `{dataDir}/teams/cnam-territoires-teams.zip` and returns its path. */
export async function writeTeamsPackage(settings: TeamsManifestSettings, dataDir: string): Promise<string> {
  const data = await buildTeamsPackage(settings);
  const folder = join(dataDir, 'teams');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'cnam-territoires-teams.zip');
  writeFileSync(path, data);
  return path;
}
