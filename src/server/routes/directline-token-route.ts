import type { Server } from 'restify';
import type { DirectLineService } from '../../channels/directline/directline-service.js';
import { exchangeDirectLineSecret } from '../../channels/directline/exchange-directline-secret.js';
import { readOptionalJson } from '../../channels/directline/read-optional-json.js';
import { sendError } from '../http-error.js';
import { requestOrigin } from '../request-origin.js';

export interface DirectLineTokenRouteOptions {
  /** The built-in endpoint, used when no secret is configured. */
  service: DirectLineService;
  /** Azure Direct Line secret (production); never sent to the browser. */
  secret?: string | undefined;
  /** Azure Direct Line base URL, used with the secret. */
  domain: string;
  /** Public base URL of this service; the request's own origin otherwise. */
  publicUrl?: string | undefined;
  fetch?: typeof globalThis.fetch;
}

/**
 * `POST /api/directline/token {locale?}` → `{token, conversationId, expires_in, domain}`. The page passes `domain` to
 * Web Chat's createDirectLine, so the same page works with Azure Direct Line (secret configured: the secret is
 * exchanged here) and with the built-in endpoint (no secret: a local token).
 */
export function registerDirectLineTokenRoute(server: Server, options: DirectLineTokenRouteOptions): void {
  // CORS headers and the preflight are answered before routing (directline-cors).
  server.post('/api/directline/token', async (req, res) => {
    res.header('Cache-Control', 'no-store');
    try {
      const body = (await readOptionalJson(req, 4096)) as { locale?: unknown } | undefined;
      const locale = typeof body?.locale === 'string' ? body.locale : undefined;
      if (options.secret) {
        const token = await exchangeDirectLineSecret({
          secret: options.secret,
          domain: options.domain,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
        res.json({ ...token, domain: options.domain.replace(/\/+$/, '') });
        return;
      }
      res.json({ ...options.service.generateToken(undefined, locale), domain: `${requestOrigin(req, options.publicUrl)}/v3/directline` });
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
    }
  });
}
