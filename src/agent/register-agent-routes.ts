import type { Server } from 'restify';
import type { AgentContext } from './agent-context.js';
import { registerConsoleRoute } from './console-route.js';
import { registerGapsRoutes } from './gaps-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerSuggestRoute } from './suggest-route.js';

/** The support-agent API (`/api/suggest`, `/api/reviews`, `/api/gaps`, `/api/gaps.csv`) and console (`/agent`). */
export function registerAgentRoutes(server: Server, context: AgentContext): void {
  registerSuggestRoute(server, context);
  registerReviewRoutes(server, context);
  registerGapsRoutes(server, context);
  registerConsoleRoute(server);
}
