import { z } from 'zod';

/** Longest conversation or user id accepted (Teams ids are under 200 characters): state keys stay small. */
export const MAX_ID_LENGTH = 256;

/**
 * The least an incoming activity must carry before it reaches the SDK, which answers 500 (or throws)
 * on shapes it does not expect. Everything else is passed through untouched.
 */
export const incomingActivitySchema = z
  .looseObject({
    type: z.string({ error: 'activity.type must be a string' }).min(1, 'activity.type must not be empty'),
    id: z.string().optional(),
    text: z.string({ error: 'activity.text must be a string' }).optional(),
    locale: z.string().optional(),
    channelId: z.string({ error: 'activity.channelId must be a string' }).min(1, 'activity.channelId must not be empty'),
    deliveryMode: z.string().optional(),
    serviceUrl: z.string().optional(),
    conversation: z.looseObject({ id: z.string({ error: 'activity.conversation.id must be a string' }).min(1).max(MAX_ID_LENGTH, `activity.conversation.id must be at most ${MAX_ID_LENGTH} characters`) }, {
      error: 'activity.conversation must be an object with an id',
    }),
    from: z.looseObject({ id: z.string().min(1).max(MAX_ID_LENGTH) }, { error: 'activity.from must be an object with an id' }).optional(),
    recipient: z.looseObject({ id: z.string().max(MAX_ID_LENGTH) }).optional(),
    name: z.string().optional(),
    replyToId: z.string().optional(),
    textFormat: z.string().optional(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    channelData: z.looseObject({}).optional(),
    suggestedActions: z.looseObject({}).optional(),
    entities: z.array(z.looseObject({ type: z.string() }), { error: 'activity.entities must be an array of objects with a type' }).optional(),
    attachments: z.array(z.looseObject({}), { error: 'activity.attachments must be an array of objects' }).optional(),
    membersAdded: z.array(z.looseObject({ id: z.string() }), { error: 'activity.membersAdded must be an array of accounts' }).optional(),
    membersRemoved: z.array(z.looseObject({ id: z.string() }), { error: 'activity.membersRemoved must be an array of accounts' }).optional(),
    reactionsAdded: z.array(z.looseObject({})).optional(),
    reactionsRemoved: z.array(z.looseObject({})).optional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.deliveryMode !== 'expectReplies') {
      const ok = typeof activity.serviceUrl === 'string' && /^https?:\/\/[^\s]+$/.test(activity.serviceUrl);
      if (!ok) ctx.addIssue({ code: 'custom', path: ['serviceUrl'], message: 'activity.serviceUrl must be an http(s) URL (or use deliveryMode "expectReplies")' });
    }
  });
