import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

const SCHEMA_HOST = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/v[\d.]+\/MicrosoftTeams\.schema\.json)$/i;

/** A Teams manifest that breaks the official schema: the validator's messages, one per problem. */
export class ManifestValidationError extends Error {
  override name = 'ManifestValidationError';

  constructor(readonly problems: readonly string[]) {
    super(`the Teams manifest breaks its schema:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/**
 * Where `@microsoft/app-manifest` keeps the schema named by `$schema`. The package reads its own copy for the
 * developer.microsoft.com URLs and only fetches over the network otherwise, so a URL it does not ship is refused
 * here: validation never depends on the network.
 */
export function shippedSchemaPath(schemaUrl: string): string {
  const match = SCHEMA_HOST.exec(schemaUrl);
  if (!match) throw new Error(`$schema must be a developer.microsoft.com Teams schema URL, got "${schemaUrl}"`);
  const packageMain = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = join(dirname(packageMain), match[1]!);
  if (!existsSync(file)) throw new Error(`@microsoft/app-manifest ships no schema for ${schemaUrl}: use a manifest version it ships`);
  return file;
}

/**
 * Validates a Teams manifest against the official JSON schema that `@microsoft/app-manifest` ships (what Teams
 * Toolkit and the Developer Portal check). Resolves with the problems found, none when the manifest is valid.
 */
export async function validateTeamsManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = String(manifest.$schema ?? '');
  shippedSchemaPath(schemaUrl);
  const schema = await AppManifestUtils.fetchSchema(schemaUrl);
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema);
}
