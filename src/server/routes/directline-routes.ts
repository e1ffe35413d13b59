import type { Request, Response, Server } from 'restify';
import { AppError } from '../../core/errors.js';
import { corsHeadersFor } from '../../channels/directline/cors-headers.js';
import type { DirectLineService } from '../../channels/directline/directline-service.js';
import { readOptionalJson } from '../../channels/directline/read-optional-json.js';
import { MAX_BODY_BYTES } from '../read-json-body.js';
import { sendError } from '../http-error.js';

const BASE = '/v3/directline';

/** The token of `Authorization: Bearer <token>`, if any. */
export function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? header.match(/^Bearer\s+(\S+)$/i) : null;
  return match?.[1];
}

/** Like sendError, with 403 for a valid token used on another conversation (Direct Line's status). */
export function sendDirectLineError(res: Response, error: unknown): void {
  if (error instanceof AppError && (error.details as { reason?: string } | undefined)?.reason === 'forbidden') {
    res.status(403);
    res.json({ error: { code: 'forbidden', message: error.message } });
    return;
  }
  sendError(res, error);
}

function queryParam(req: Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

/**
 * The built-in Direct Line 3.0 endpoint (local mode): tokens, conversations, activities with watermarks.
 * Web Chat polls it (`webSocket: false`); CORS lets the widget call it from a town's own site.
 */
export function registerDirectLineRoutes(server: Server, service: DirectLineService, allowedOrigins: readonly string[]): void {
  const cors = (req: Request, res: Response) => {
    for (const [name, value] of Object.entries(corsHeadersFor(req.headers.origin, allowedOrigins))) res.header(name, value);
  };
  const handle = (work: (req: Request, res: Response) => Promise<void> | void) => async (req: Request, res: Response) => {
    cors(req, res);
    try {
      await work(req, res);
    } catch (error) {
      if (!res.headersSent) sendDirectLineError(res, error);
    }
  };

  server.opts(`${BASE}/*`, (req, res, next) => {
    cors(req, res);
    res.send(204);
    next();
  });

  server.post(`${BASE}/tokens/generate`, handle(async (req, res) => {
    const body = (await readOptionalJson(req, MAX_BODY_BYTES)) as { user?: { id?: unknown } } | undefined;
    const userId = typeof body?.user?.id === 'string' ? body.user.id : undefined;
    res.json(service.generateToken(userId));
  }));

  server.post(`${BASE}/tokens/refresh`, handle(async (req, res) => {
    await readOptionalJson(req, MAX_BODY_BYTES);
    res.json(service.refreshToken(bearerOf(req)));
  }));

  server.post(`${BASE}/conversations`, handle(async (req, res) => {
    const body = (await readOptionalJson(req, MAX_BODY_BYTES)) as { locale?: unknown } | undefined;
    const locale = typeof body?.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(body.locale) ? body.locale : undefined;
    const { created, body: started } = await service.startConversation(bearerOf(req), locale);
    res.status(created ? 201 : 200);
    res.json(started);
  }));

  server.get(`${BASE}/conversations/:conversationId`, handle((req, res) => {
    const conversationId = String(req.params.conversationId);
    service.getActivities(bearerOf(req), conversationId, undefined);
    res.json({ conversationId, token: bearerOf(req) });
  }));

  server.post(`${BASE}/conversations/:conversationId/activities`, handle(async (req, res) => {
    const body = await readOptionalJson(req, MAX_BODY_BYTES);
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      // Still check the token first: a stranger learns nothing about the conversation.
      service.getActivities(bearerOf(req), String(req.params.conversationId), undefined);
      throw new AppError('invalid_request', 'request body must be an activity object');
    }
    res.json(await service.postActivity(bearerOf(req), String(req.params.conversationId), body));
  }));

  server.get(`${BASE}/conversations/:conversationId/activities`, handle((req, res) => {
    res.json(service.getActivities(bearerOf(req), String(req.params.conversationId), queryParam(req, 'watermark')));
  }));
}
