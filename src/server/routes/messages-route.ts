import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import { incomingActivitySchema } from '../../channels/botframework/activity-schema.js';
import { AppError } from '../../core/errors.js';
import { sendError } from '../http-error.js';
import type { Readiness } from '../readiness.js';
import { parseOrThrow } from '../../core/parse-or-throw.js';

/**
 * Anonymous mode sends replies only to listed hosts (loopback by default): otherwise anyone could make the server
 * POST to any URL and time the answers to map a network (server-side request forgery).
 */
export function allowedServiceUrl(serviceUrl: string | undefined, hosts: readonly string[]): boolean {
  if (!serviceUrl) return false;
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && hosts.includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, Teams, Emulator). The body is checked
 * before the SDK sees it, so a malformed activity gets a 400 with a JSON error rather than a 500.
 */
export function registerMessagesRoute(
  server: Server,
  readiness: Readiness,
  adapter: CloudAdapter,
  bot: ActivityHandler,
  options: { serviceHosts?: readonly string[] } = {},
): void {
  server.post('/api/messages', async (req, res) => {
    try {
      const activity = parseOrThrow(incomingActivitySchema, req.body);
      if (options.serviceHosts && activity.deliveryMode !== 'expectReplies' && !allowedServiceUrl(activity.serviceUrl, options.serviceHosts)) {
        throw new AppError('invalid_request', 'activity.serviceUrl is not an allowed host in anonymous mode (see ANONYMOUS_SERVICE_HOSTS)', {
          path: 'serviceUrl',
        });
      }
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
