import type { Server } from 'restify';
import { sendError } from '../server/http-error.js';
import { authorize, type AgentContext } from './agent-context.js';
import { buildGapReport } from './gap-report.js';
import { gapsToCsv } from './gaps-csv.js';

/** `GET /api/gaps` (JSON) and `GET /api/gaps.csv`: what the assistant could not answer and what users disliked. */
export function registerGapsRoutes(server: Server, context: AgentContext): void {
  const report = async () => buildGapReport(await context.unanswered.list(), await context.feedback.list());

  server.get('/api/gaps', async (req, res) => {
    try {
      authorize(context, req);
      res.json({ gaps: await report() });
    } catch (error) {
      sendError(res, error);
    }
  });

  server.get('/api/gaps.csv', async (req, res) => {
    try {
      authorize(context, req);
      const csv = gapsToCsv(await report());
      const day = new Date().toISOString().slice(0, 10);
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="lacunes-${day}.csv"`,
        'cache-control': 'no-store',
      });
      res.end(csv);
    } catch (error) {
      sendError(res, error);
    }
  });
}
