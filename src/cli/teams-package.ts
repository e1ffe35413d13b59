import { createRequire } from 'node:module';
import { writeTeamsPackage } from '../channels/teams/write-teams-package.js';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { AppError } from '../core/errors.js';

/**
 * `npm run teams:package`: writes the Microsoft Teams app package (manifest v1.17 + icons) to
 * `data/teams/cnam-territoires-teams.zip`, from MicrosoftAppId and PUBLIC_URL. Upload it in Teams
 * (Apps → Manage your apps → Upload an app) or through the Teams admin center.
 */
function main(): void {
  loadDotEnv();
  try {
    const config = loadConfig();
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    const path = writeTeamsPackage({ botId: config.MicrosoftAppId, publicUrl: config.PUBLIC_URL, version }, config.DATA_DIR);
    process.stdout.write(`Teams app package written to ${path}\n`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) {
      process.stderr.write(`teams:package: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main();
