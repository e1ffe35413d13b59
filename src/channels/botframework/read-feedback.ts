import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { FeedbackReaction } from '../../store/feedback-store.js';

/** The invoke Teams (and recent Web Chat) send when someone submits 👍/👎 on a message. */
export const FEEDBACK_INVOKE_NAME = 'message/submitAction';
/** The event Web Chat 4.18's built-in thumbs post (debounced), with the chosen schema.org action as entity. */
export const WEBCHAT_FEEDBACK_EVENT_NAME = 'webchat:activity-status/feedback';

/** A vote read from any channel's feedback activity. */
export interface FeedbackVote {
  reaction: FeedbackReaction;
  text?: string;
  /** Ids the rated message may be known under (its activity id, the answer reference). */
  keys: string[];
}

const submitActionSchema = z.looseObject({
  actionName: z.literal('feedback'),
  actionValue: z.looseObject({
    reaction: z.enum(['like', 'dislike']),
    // Teams sends a JSON string ('{"feedbackText":"…"}'), Web Chat an object.
    feedback: z.union([z.string(), z.looseObject({ feedbackText: z.string().optional() })]).optional(),
  }),
});

const voteEntitySchema = z.looseObject({
  '@type': z.enum(['LikeAction', 'DislikeAction', 'VoteAction']),
  '@id': z.string().optional(),
  actionOption: z.string().optional(),
});

function feedbackText(feedback: string | { feedbackText?: string | undefined } | undefined): string | undefined {
  if (feedback === undefined) return undefined;
  let value: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      value = { feedbackText: feedback };
    }
  }
  const text = (value as { feedbackText?: unknown } | null)?.feedbackText;
  return typeof text === 'string' && text.trim() ? text.trim().slice(0, 2000) : undefined;
}

const ANSWER_REF = /^urn:cnam-territoires:answer:([A-Za-z0-9-]{1,64})#/;

/** Reads a feedback invoke or Web Chat feedback event; `undefined` when the activity is not one or is malformed. */
export function readFeedback(activity: Partial<Activity>): FeedbackVote | undefined {
  if (activity.type === 'invoke' && activity.name === FEEDBACK_INVOKE_NAME) {
    const parsed = submitActionSchema.safeParse(activity.value);
    if (!parsed.success) return undefined;
    const text = feedbackText(parsed.data.actionValue.feedback);
    return { reaction: parsed.data.actionValue.reaction, ...(text ? { text } : {}), keys: activity.replyToId ? [activity.replyToId] : [] };
  }
  if (activity.type === 'event' && activity.name === WEBCHAT_FEEDBACK_EVENT_NAME) {
    const parsed = voteEntitySchema.safeParse(activity.entities?.[0]);
    if (!parsed.success) return undefined;
    const vote = parsed.data;
    const down = vote['@type'] === 'DislikeAction' || (vote['@type'] === 'VoteAction' && vote.actionOption === 'downvote');
    const ref = vote['@id']?.match(ANSWER_REF)?.[1];
    return { reaction: down ? 'dislike' : 'like', keys: [activity.replyToId, ref].filter((k): k is string => !!k) };
  }
  return undefined;
}
