import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTeamsManifest, type TeamsManifestSettings } from './build-manifest.js';
import { colorIcon, outlineIcon } from './draw-icon.js';
import { writeZip } from './zip-writer.js';

/** Builds the Teams app package (manifest.json, color.png, outline.png) as zip bytes. */
export function buildTeamsPackage(settings: TeamsManifestSettings): Buffer {
  const manifest = buildTeamsManifest(settings);
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: colorIcon() },
    { name: 'outline.png', data: outlineIcon() },
  ]);
}

/** Writes the package to `{dataDir}/teams/cnam-territoires-teams.zip` and returns its path. */
export function writeTeamsPackage(settings: TeamsManifestSettings, dataDir: string): string {
  const folder = join(dataDir, 'teams');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'cnam-territoires-teams.zip');
  writeFileSync(path, buildTeamsPackage(settings));
  return path;
}
