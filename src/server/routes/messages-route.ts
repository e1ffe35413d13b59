import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import { incomingActivitySchema } from '../../channels/botframework/activity-schema.js';
import { AppError } from '../../core/errors.js';
import { sendError } from '../http-error.js';
import type { Readiness } from '../readiness.js';
import { parseOrThrow } from '../../core/parse-or-throw.js';

/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, Teams, Emulator). The body is checked
 * before the SDK sees it, so a malformed activity gets a 400 with a JSON error rather than a 500.
 */
export function registerMessagesRoute(server: Server, readiness: Readiness, adapter: CloudAdapter, bot: ActivityHandler): void {
  server.post('/api/messages', async (req, res) => {
    try {
      parseOrThrow(incomingActivitySchema, req.body);
    } catch (error) {
      sendError(res, error);
      return;
    }
    if (!readiness.isReady) {
      sendError(res, new AppError('not_ready', 'the assistant is still loading its knowledge; retry shortly'));
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
    }
  });
}
