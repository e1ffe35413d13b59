import { z } from 'zod';

/** Largest activity a client may post, serialised (Web Chat's are well under 2 KB). */
export const MAX_ACTIVITY_BYTES = 32 * 1024;
/** Longest message text accepted; the bot itself answers politely past its own, lower limit. */
export const MAX_ACTIVITY_TEXT = 8_000;

const id = z.string().min(1).max(256);

/**
 * What a Direct Line client may post: the fields Web Chat and directlinejs send. Unknown fields are kept
 * (channels add their own); fields the server owns (id, conversation, timestamp, recipient) are overwritten.
 */
export const directLineActivitySchema = z.looseObject({
  type: z.enum(['message', 'event', 'invoke', 'typing'], { error: 'activity.type must be message, event, invoke or typing' }),
  from: z.looseObject({ id, name: z.string().max(256).optional(), role: z.string().max(32).optional() }, {
    error: 'activity.from must be an object with an id',
  }),
  text: z.string({ error: 'activity.text must be a string' }).max(MAX_ACTIVITY_TEXT, `activity.text must be at most ${MAX_ACTIVITY_TEXT} characters`).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'activity.locale must be a BCP 47 tag').optional(),
  name: z.string().max(256).optional(),
  replyToId: z.string().max(256).optional(),
  channelData: z.record(z.string(), z.unknown(), { error: 'activity.channelData must be an object' }).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(32).optional(),
  attachments: z.array(z.record(z.string(), z.unknown())).max(16).optional(),
  value: z.unknown().optional(),
});

export type DirectLineActivity = z.infer<typeof directLineActivitySchema>;
