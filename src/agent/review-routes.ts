import type { Server } from 'restify';
import { z } from 'zod';
import { answerSchema, citationSchema } from '../core/answer.js';
import { MAX_QUESTION_LENGTH } from '../core/limits.js';
import { sendError } from '../server/http-error.js';
import { authorize, type AgentContext } from './agent-context.js';
import { reviewedAnswer } from './reviewed-answer.js';
import { parseOrThrow } from '../core/parse-or-throw.js';

/** Longest answer text an agent may write. */
export const MAX_ANSWER_TEXT = 8_000;

export const reviewRequestSchema = z
  .strictObject({
    action: z.enum(['approve', 'edit', 'reject'], { error: 'action must be approve, edit or reject' }),
    agentId: z.string().trim().min(1, 'agentId must not be empty').max(64),
    question: z.string().trim().min(1, 'question must not be empty').max(MAX_QUESTION_LENGTH),
    /** The Answer the assistant suggested, as `/api/suggest` returned it. */
    answer: answerSchema,
    /** Required for `edit`: the corrected answer text (Markdown, `[n]` markers for the citations kept). */
    finalText: z.string().trim().min(1).max(MAX_ANSWER_TEXT).optional(),
    /** Defaults to the answer's citations. */
    citations: z.array(citationSchema).optional(),
  })
  .refine((body) => body.action !== 'edit' || body.finalText !== undefined, {
    message: 'finalText is required to edit an answer',
    path: ['finalText'],
  });

/**
 * `POST /api/reviews` records an approve, edit or reject; `GET /api/reviews` lists reviews, newest first.
 * After a review the assistant's answer cache is cleared so the next question sees it.
 */
export function registerReviewRoutes(server: Server, context: AgentContext): void {
  server.post('/api/reviews', async (req, res) => {
    try {
      authorize(context, req);
      const body = parseOrThrow(reviewRequestSchema, req.body);
      const input = {
        action: body.action,
        agentId: body.agentId,
        question: body.question,
        finalText: body.action === 'edit' ? body.finalText! : body.answer.text,
        originalAnswer: body.answer,
        citations: body.citations ?? body.answer.citations,
      };
      // The answer it would become must honour the contract (every [n] has its citation…) before it is kept.
      parseOrThrow(answerSchema, reviewedAnswer({ ...input, at: new Date().toISOString() }, input.question, 1), 'the reviewed answer is not valid: ');
      const assistant = context.readiness.require(); // before writing: a 503 must not hide a recorded review
      const review = await context.reviews.record(input);
      assistant.clearCache();
      context.logger.info({ reviewId: review.id, action: review.action, agentId: review.agentId }, 'answer reviewed');
      res.status(201);
      res.json({ review });
    } catch (error) {
      sendError(res, error);
    }
  });

  server.get('/api/reviews', async (req, res) => {
    try {
      authorize(context, req);
      const reviews = await context.reviews.list();
      res.json({ reviews: reviews.reverse() });
    } catch (error) {
      sendError(res, error);
    }
  });
}
