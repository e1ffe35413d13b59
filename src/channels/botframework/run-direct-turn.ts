import {
  ActivityTypes,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type Activity,
  type ActivityHandler,
  type CloudAdapter,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import { authenticationOptionsOf, type BotCredentials } from './create-adapter.js';

/**
 * An in-process channel's way to show activities while the turn runs (the built-in Direct Line's open WebSocket
 * streams): the livestream of a generated answer. Replies sent the usual way still come back at the end of the turn.
 */
export interface LiveChannel {
  /** Whether anyone would see a live activity now (an open stream; polling clients never see typing activities). */
  canStream(): boolean;
  /** Shows an activity at once, without keeping it; returns the id it was given. */
  send(activity: Partial<Activity>): string;
}

/** Turn-state key under which an in-process turn finds its {@link LiveChannel}. */
export const LIVE_CHANNEL = Symbol('liveChannel');

/** Runs one activity through the bot in-process and returns the bot's replies (invoke responses left out). */
export type DirectTurn = (activity: Partial<Activity>, live?: LiveChannel) => Promise<Partial<Activity>[]>;

/**
 * Lets an in-process channel (the built-in Direct Line endpoint) talk to the same bot as `/api/messages`:
 * the activity goes through the same CloudAdapter, middleware and error handler with `deliveryMode:
 * "expectReplies"`, so replies are collected from the turn instead of being posted to a connector.
 * The caller is trusted (it is this process), so no JWT is checked; with an app id configured, the turn runs
 * under the bot's own identity.
 */
export function createDirectTurnRunner(adapter: CloudAdapter, bot: ActivityHandler, credentials: BotCredentials): DirectTurn {
  const appId = credentials.MicrosoftAppId;
  let authentication: string | AuthenticateRequestResult = '';
  if (appId) {
    const auth = new ConfigurationBotFrameworkAuthentication(authenticationOptionsOf(credentials));
    const claimsIdentity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ]);
    authentication = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity,
      connectorFactory: auth.createConnectorFactory(claimsIdentity),
    };
  }
  return async (incoming, live) => {
    let replies: Partial<Activity>[] = [];
    const activity = { ...incoming, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
    await adapter.processActivityDirect(authentication, activity, async (context: TurnContext) => {
      // Keep the buffer itself (the context is revoked after the turn) and read it once the turn is over,
      // so a reply sent by the adapter's error handler is included too.
      replies = context.bufferedReplyActivities;
      if (live) context.turnState.set(LIVE_CHANNEL, live);
      await bot.run(context);
    });
    return replies.filter((a) => a.type !== ActivityTypes.InvokeResponse);
  };
}
