import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../logging/logger.js';
import { keepEntityFields } from './keep-entity-fields.js';
import { ReusingBotFrameworkAuthentication } from './reusing-authentication.js';

/** Microsoft app credentials; all empty means anonymous (local use, Emulator, tests). */
export interface BotCredentials {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppTenantId?: string | undefined;
  MicrosoftAppType?: string | undefined;
}

const APOLOGY = {
  fr: "Désolé, une erreur m'empêche de répondre pour l'instant. Réessayez dans un moment.",
  en: "Sorry, something went wrong on my side. Please try again in a moment.",
};

/** botbuilder's authentication settings for these credentials (anonymous when there is no app id). */
export function authenticationOptionsOf(credentials: BotCredentials): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: credentials.MicrosoftAppId ?? '',
    MicrosoftAppPassword: credentials.MicrosoftAppPassword ?? '',
    MicrosoftAppTenantId: credentials.MicrosoftAppTenantId ?? '',
    MicrosoftAppType: credentials.MicrosoftAppId ? (credentials.MicrosoftAppType ?? 'MultiTenant') : '',
  };
}

/**
 * A CloudAdapter that validates the channel's JWT when credentials are configured and runs anonymously
 * otherwise; connector clients are reused across turns ({@link ReusingBotFrameworkAuthentication}). A failed turn is logged and answered with an apology instead of crashing.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  keepEntityFields();
  const adapter = new CloudAdapter(
    new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(authenticationOptionsOf(credentials))),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, conversationId: context.activity.conversation?.id }, 'bot turn failed');
    const en = context.activity.locale?.toLowerCase().startsWith('en');
    try {
      await context.sendActivity(en ? APOLOGY.en : APOLOGY.fr);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
