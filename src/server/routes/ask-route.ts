import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { z } from 'zod';
import { MAX_QUESTION_LENGTH } from '../../core/limits.js';
import type { ConversationStore } from '../../store/conversation-store.js';
import { sendError } from '../http-error.js';
import type { Readiness } from '../readiness.js';
import { parseOrThrow } from '../../core/parse-or-throw.js';

export const askRequestSchema = z.strictObject({
  question: z
    .string({ error: 'question must be a string' })
    .trim()
    .min(1, 'question must not be empty')
    .max(MAX_QUESTION_LENGTH, `question must be at most ${MAX_QUESTION_LENGTH} characters`),
  conversationId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'conversationId: 1–128 letters, digits, . _ : -')
    .optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale: a BCP 47 tag such as fr-FR').optional(),
});

/**
 * `POST /api/ask {question, conversationId?, locale?}` → the Answer JSON plus `conversationId`.
 * Sending the returned `conversationId` again continues the conversation (follow-ups).
 */
export function registerAskRoute(server: Server, readiness: Readiness, store: ConversationStore): void {
  server.post('/api/ask', async (req, res) => {
    try {
      const body = parseOrThrow(askRequestSchema, req.body);
      const assistant = readiness.require();
      const conversationId = body.conversationId ?? randomUUID();
      const turns = await store.get(conversationId);
      const { answer, turns: next } = await assistant.reply(body.question, {
        turns,
        ...(body.locale ? { locale: body.locale } : {}),
      });
      await store.set(conversationId, next);
      res.json({ ...answer, conversationId });
    } catch (error) {
      sendError(res, error);
    }
  });
}
