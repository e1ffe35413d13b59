import type { Request, Response, Server } from 'restify';
import { corsHeadersFor } from '../../channels/directline/cors-headers.js';
import type { DirectLineService } from '../../channels/directline/directline-service.js';
import { exchangeDirectLineSecret } from '../../channels/directline/exchange-directline-secret.js';
import { readOptionalJson } from '../../channels/directline/read-optional-json.js';
import { sendError } from '../http-error.js';

export interface DirectLineTokenRouteOptions {
  /** The built-in endpoint, used when no secret is configured. */
  service: DirectLineService;
  /** Azure Direct Line secret (production); never sent to the browser. */
  secret?: string | undefined;
  /** Azure Direct Line base URL, used with the secret. */
  domain: string;
  /** Public base URL of this service; the request's own origin otherwise. */
  publicUrl?: string | undefined;
  allowedOrigins: readonly string[];
  fetch?: typeof globalThis.fetch;
}

function originOf(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' && forwarded.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${req.headers.host ?? '127.0.0.1'}`;
}

/**
 * `POST /api/directline/token {locale?}` → `{token, conversationId, expires_in, domain}`. The page passes `domain` to
 * Web Chat's createDirectLine, so the same page works with Azure Direct Line (secret configured: the secret is
 * exchanged here) and with the built-in endpoint (no secret: a local token).
 */
export function registerDirectLineTokenRoute(server: Server, options: DirectLineTokenRouteOptions): void {
  const cors = (req: Request, res: Response) => {
    for (const [name, value] of Object.entries(corsHeadersFor(req.headers.origin, options.allowedOrigins))) res.header(name, value);
  };
  server.opts('/api/directline/token', (req, res, next) => {
    cors(req, res);
    res.send(204);
    next();
  });
  server.post('/api/directline/token', async (req, res) => {
    cors(req, res);
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
      res.json({ ...options.service.generateToken(undefined, locale), domain: `${originOf(req, options.publicUrl)}/v3/directline` });
    } catch (error) {
      if (!res.headersSent) sendError(res, error);
    }
  });
}
