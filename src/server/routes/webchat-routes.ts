import type { Request, Response, Server } from 'restify';
import { PUBLIC_ASSETS, WebChatAssets, type StaticAsset } from '../../channels/webchat/webchat-assets.js';
import { AppError } from '../../core/errors.js';
import { sendError } from '../http-error.js';

function sendAsset(req: Request, res: Response, asset: StaticAsset, extraHeaders: Record<string, string> = {}): void {
  res.header('Content-Type', asset.contentType);
  res.header('Cache-Control', asset.cacheControl);
  res.header('ETag', asset.etag);
  res.header('Vary', 'Accept-Encoding');
  res.header('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(extraHeaders)) res.header(name, value);
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzip : asset.body;
  if (gzip) res.header('Content-Encoding', 'gzip');
  res.header('Content-Length', String(body.length));
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Headers of the demo page: no framing by others, no referrer leak, scripts from this server only. */
const PAGE_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
};

/**
 * The widget: `/` (French demo page), `/embed.js` (the snippet towns paste), `/webchat/webchat.js` (Web Chat's
 * bundle from node_modules, no CDN) and the page's stylesheet.
 */
export function registerWebChatRoutes(server: Server, assets = new WebChatAssets()): void {
  const serve = (load: () => StaticAsset, headers: Record<string, string> = {}) => async (req: Request, res: Response) => {
    try {
      sendAsset(req, res, load(), headers);
    } catch (error) {
      sendError(res, error instanceof AppError ? error : new AppError('internal', 'asset unavailable'));
    }
  };
  for (const method of ['get', 'head'] as const) {
    server[method]('/', serve(() => assets.get('index.html'), PAGE_HEADERS));
    server[method]('/embed.js', serve(() => assets.get('embed.js'), { 'Access-Control-Allow-Origin': '*' }));
    server[method]('/webchat/webchat.js', serve(() => assets.bundle(), { 'Access-Control-Allow-Origin': '*' }));
    for (const name of PUBLIC_ASSETS.filter((n) => n !== 'embed.js')) {
      server[method](`/webchat/${name}`, serve(() => assets.get(name)));
    }
  }
}
