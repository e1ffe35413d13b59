import { createRequire } from 'node:module';
import { writeTeamsPackage } from '../channels/teams/write-teams-package.js';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { AppError } from '../core/errors.js';
import { ManifestValidationError } from '../channels/teams/validate-manifest.js';

/**
 * `npm run teams:package`: writes the Microsoft Teams app package (manifest v1.17 + icons) to
 * `data/teams/cnam-territoires-teams.zip`, from MicrosoftAppId and PUBLIC_URL, after validating the manifest
 * against the official schema (offline, from `@microsoft/app-manifest`); any schema error stops it with exit 1.
 * Upload it in Teams (Apps → Manage your apps → Upload an app) or through the Teams admin center.
 */
async function main(): Promise<void> {
  loadDotEnv();
  try {
    const config = loadConfig();
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    const path = await writeTeamsPackage({ botId: config.MicrosoftAppId, publicUrl: config.PUBLIC_URL, version }, config.DATA_DIR);
    process.stdout.write(`Teams app package written to ${path}\n`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError || error instanceof ManifestValidationError) {
      process.stderr.write(`teams:package: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
