import type { Request } from 'restify';
import type { PassageRetriever } from '../core/passage-retriever.js';
import type { Logger } from '../logging/logger.js';
import type { Readiness } from '../server/readiness.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { ReviewStore } from '../store/review-store.js';
import type { UnansweredStore } from '../store/unanswered-store.js';
import { requireAgentToken } from './agent-token.js';

/** Set by the composition root once the knowledge is loaded, so `/api/suggest` can show passages. */
export interface RetrieverRef {
  current?: PassageRetriever;
}

/** What the support-agent routes need. */
export interface AgentContext {
  /** AGENT_TOKEN; undefined = the agent API is disabled. */
  token: string | undefined;
  readiness: Readiness;
  feedback: FeedbackStore;
  reviews: ReviewStore;
  unanswered: UnansweredStore;
  retriever: RetrieverRef;
  logger: Logger;
}

/** Throws unless the request carries the agent token (see {@link requireAgentToken}). */
export function authorize(context: AgentContext, req: Request): void {
  requireAgentToken(context.token, req.headers.authorization);
}
