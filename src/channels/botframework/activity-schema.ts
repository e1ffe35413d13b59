import { z } from 'zod';

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
    conversation: z.looseObject({ id: z.string({ error: 'activity.conversation.id must be a string' }).min(1) }, {
      error: 'activity.conversation must be an object with an id',
    }),
    from: z.looseObject({ id: z.string().min(1) }, { error: 'activity.from must be an object with an id' }).optional(),
    recipient: z.looseObject({ id: z.string() }).optional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.deliveryMode !== 'expectReplies') {
      const ok = typeof activity.serviceUrl === 'string' && /^https?:\/\/[^\s]+$/.test(activity.serviceUrl);
      if (!ok) ctx.addIssue({ code: 'custom', path: ['serviceUrl'], message: 'activity.serviceUrl must be an http(s) URL (or use deliveryMode "expectReplies")' });
    }
  });
