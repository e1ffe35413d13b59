import type { Next, Request, RequestHandler, Response } from 'restify';
import { corsHeadersFor } from '../channels/directline/cors-headers.js';

/** The paths a widget on a town's site calls from the browser: the token route and the built-in Direct Line. */
export function isDirectLinePath(path: string): boolean {
  return path === '/v3/directline' || path.startsWith('/v3/directline/') || path === '/api/directline' || path.startsWith('/api/directline/');
}

/**
 * A `pre` handler, before the rate limit and the router: every Direct Line response carries the CORS headers —
 * errors too (a 429 or 404 without them reaches a cross-origin widget as a bare network error, and the message is
 * lost) — and preflights are answered here, so an unknown Direct Line path still gets its 404.
 */
export function directLineCors(allowedOrigins: readonly string[]): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!isDirectLinePath(path)) return next();
    for (const [name, value] of Object.entries(corsHeadersFor(req.headers.origin, allowedOrigins))) res.header(name, value);
    if (req.method !== 'OPTIONS') return next();
    res.send(204);
    return next(false);
  };
}
