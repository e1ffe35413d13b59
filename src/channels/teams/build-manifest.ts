import { AppError } from '../../core/errors.js';

/** What the Teams manifest is built from (taken from the configuration). */
export interface TeamsManifestSettings {
  /** Azure Bot's Microsoft App ID (a GUID): the bot's id, reused as the Teams app id. */
  botId: string | undefined;
  /** Public base URL of this service (its host goes into validDomains). */
  publicUrl?: string | undefined;
  version: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Manifest schema version: 1.17 is the first that all current Teams clients accept with these fields. */
export const MANIFEST_VERSION = '1.17';

/** The Teams app manifest (v1.17) for the assistant's bot; throws `invalid_config` naming what to set. */
export function buildTeamsManifest(settings: TeamsManifestSettings): Record<string, unknown> {
  if (!settings.botId) {
    throw new AppError('invalid_config', 'MicrosoftAppId is not set: register an Azure Bot, then set MicrosoftAppId (and MicrosoftAppPassword) in .env');
  }
  if (!GUID.test(settings.botId)) {
    throw new AppError('invalid_config', `MicrosoftAppId must be a GUID (the Azure Bot's Microsoft App ID), got "${settings.botId}"`);
  }
  const website = settings.publicUrl?.replace(/\/+$/, '') ?? 'https://www.cnam.fr';
  const domains = [...new Set([new URL(website).host, 'token.botframework.com'])];
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: settings.version,
    id: settings.botId.toLowerCase(),
    localizationInfo: { defaultLanguageTag: 'fr-fr' },
    developer: {
      // The schema allows 32 characters (v1.17 to v1.29): the institution's own short name.
      name: 'Cnam',
      websiteUrl: website,
      privacyUrl: website,
      termsOfUseUrl: website,
    },
    name: { short: 'Assistant Cnam territoires', full: 'Assistant territoires du Cnam : accès aux formations' },
    description: {
      short: 'Accès aux formations du Cnam dans les territoires, réponses sourcées.',
      full:
        "L'assistant territoires du Cnam répond aux questions sur l'accès aux formations du Conservatoire national des arts et métiers : " +
        "centres les plus proches d'une commune, programme « Au cœur des territoires » et ses appels à manifestation d'intérêt, " +
        'formations et financements. Chaque réponse cite ses sources publiques. Assistant automatique : vérifiez les informations importantes auprès du Cnam.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#B0002A',
    bots: [
      {
        botId: settings.botId.toLowerCase(),
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal', 'team', 'groupChat'],
            commands: [
              { title: 'Aide', description: "Ce que l'assistant sait faire" },
              { title: 'Centre le plus proche', description: 'Y a-t-il un centre Cnam près de ma commune ?' },
              { title: 'Au cœur des territoires', description: "Qu'est-ce que le programme « Au cœur des territoires » ?" },
            ],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: domains,
  };
}
