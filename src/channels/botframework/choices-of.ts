import { ActionTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';

/** Teams shows at most 3 suggested actions; past that the choices go on a card. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;
/** Web Chat and other clients show suggested actions as a row of buttons; a few are enough. */
const MAX_SUGGESTED_ACTIONS = 6;

/**
 * An Adaptive Card with one full-width button per choice. Each button is an `Action.Submit` whose `msteams` data
 * is an `imBack`: clicking it sends the choice's text as the user's message, as a suggested action would.
 */
export function choiceCard(choices: readonly string[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: choices.map((choice) => ({
      type: 'ActionSet',
      actions: [{ type: 'Action.Submit', title: choice, data: { msteams: { type: 'imBack', value: choice } } }],
    })),
  });
}

/**
 * How a message offers its follow-ups or clarification choices: suggested actions (buttons that send their text
 * back) — except in Teams when there are more than it shows, where a card shows every choice.
 */
export function choicesOf(choices: readonly string[], channelId: string | undefined): Pick<Partial<Activity>, 'suggestedActions' | 'attachments'> {
  if (choices.length === 0) return {};
  if (channelId === 'msteams' && choices.length > TEAMS_MAX_SUGGESTED_ACTIONS) return { attachments: [choiceCard(choices)] };
  const actions: CardAction[] = choices.slice(0, MAX_SUGGESTED_ACTIONS).map((text) => ({ type: ActionTypes.ImBack, title: text, value: text }));
  return { suggestedActions: { actions, to: [] } };
}
