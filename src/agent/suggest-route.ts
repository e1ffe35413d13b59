import type { Server } from 'restify';
import { z } from 'zod';
import { answerKindSchema, placeSchema } from '../core/answer.js';
import { MAX_QUESTION_LENGTH } from '../core/limits.js';
import type { PassageHit } from '../core/passage-retriever.js';
import { sendError } from '../server/http-error.js';
import { authorize, type AgentContext } from './agent-context.js';
import { parseOrThrow } from '../core/parse-or-throw.js';

/** How many passages a suggestion shows. */
export const SUGGEST_PASSAGES = 5;

const turnSchema = z.strictObject({
  question: z.string().max(MAX_QUESTION_LENGTH),
  kind: answerKindSchema,
  language: z.enum(['fr', 'en']),
  place: placeSchema.nullable().optional(),
});

export const suggestRequestSchema = z.strictObject({
  question: z.string({ error: 'question must be a string' }).trim().min(1, 'question must not be empty').max(MAX_QUESTION_LENGTH, `question must be at most ${MAX_QUESTION_LENGTH} characters`),
  context: z
    .strictObject({
      turns: z.array(turnSchema).max(6).optional(),
      locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale: a BCP 47 tag such as fr-FR').optional(),
    })
    .optional(),
});

/** A passage as the console shows it. */
export interface SuggestedPassage {
  passageId: string;
  documentId: string;
  title: string;
  headingPath: readonly string[];
  text: string;
  score: number;
  similarity: number;
  sources: PassageHit['sources'];
}

export function toSuggestedPassage(hit: PassageHit): SuggestedPassage {
  return {
    passageId: hit.passageId,
    documentId: hit.documentId,
    title: hit.documentTitle,
    headingPath: hit.headingPath,
    text: hit.text,
    score: hit.score,
    similarity: hit.similarity,
    sources: hit.sources,
  };
}

/** `POST /api/suggest {question, context?}` → `{answer, passages}`: the Answer and the passages behind it. */
export function registerSuggestRoute(server: Server, context: AgentContext): void {
  server.post('/api/suggest', async (req, res) => {
    try {
      authorize(context, req);
      const body = parseOrThrow(suggestRequestSchema, req.body);
      const assistant = context.readiness.require();
      const { question, context: ask } = body;
      const answer = await assistant.ask(question, {
        turns: ask?.turns ?? [],
        ...(ask?.locale ? { locale: ask.locale } : {}),
      });
      const hits = context.retriever.current ? await context.retriever.current.search(question, SUGGEST_PASSAGES) : [];
      res.json({ answer, passages: hits.map(toSuggestedPassage) });
    } catch (error) {
      sendError(res, error);
    }
  });
}
