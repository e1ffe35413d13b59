import type { Request, Response, Server } from 'restify';
import { AppError } from '../../core/errors.js';
import { DirectLineError } from '../../channels/directline/directline-error.js';
import type { DirectLineService } from '../../channels/directline/directline-service.js';
import { readOptionalJson } from '../../channels/directline/read-optional-json.js';
import { readUpload } from '../../channels/directline/read-upload.js';
import { MAX_BODY_BYTES } from '../read-json-body.js';
import { errorPayload, sendPayload, type ErrorPayload } from '../http-error.js';
import { clientAddress, type Buckets } from '../rate-limit.js';
import { requestOrigin } from '../request-origin.js';

const BASE = '/v3/directline';

/** The token of `Authorization: Bearer <token>`, if any. */
export function bearerOf(req: { headers: { authorization?: string | undefined } }): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? header.match(/^Bearer\s+(\S+)$/i) : null;
  return match?.[1];
}

/** The answer to an error on a Direct Line route: the reference's status and code for Direct Line errors. */
export function directLineErrorPayload(error: unknown): ErrorPayload {
  if (!(error instanceof DirectLineError)) return errorPayload(error);
  const retry = error.retryAfterSeconds;
  return {
    status: error.status,
    body: { error: { code: error.code, message: error.message, ...(retry === undefined ? {} : { details: { retryAfterSeconds: retry } }) } },
    headers: retry === undefined ? {} : { 'Retry-After': String(retry) },
  };
}

function queryParam(req: Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

/** Per-key limit: spends one token of `buckets` or throws 429 `rate_limited` with the wait. */
export async function spend(buckets: Buckets | undefined, key: string, what: string): Promise<void> {
  const result = await buckets?.take(key);
  if (!result || result.ok) return;
  throw new DirectLineError(429, 'rate_limited', `too many ${what}: retry in ${result.retryAfterSeconds} s`, result.retryAfterSeconds);
}

export interface DirectLineRouteOptions {
  service: DirectLineService;
  /** Public base URL of this service (for `streamUrl`); the request's own origin otherwise. */
  publicUrl?: string | undefined;
  /** Activity reads (polls, stream openings) per conversation; none = unlimited. */
  polls?: Buckets | undefined;
  /** Conversations opened per client address; none = unlimited. */
  creations?: Buckets | undefined;
  trustProxyHops: number;
}

/** `ws(s)://host/v3/directline`: where this request's client opens its streams. */
export function streamBaseOf(req: Request, publicUrl: string | undefined): string {
  return `${requestOrigin(req, publicUrl).replace(/^http/, 'ws')}${BASE}`;
}

/**
 * The built-in Direct Line 3.0 endpoint (local mode): tokens, conversations, activities with watermarks (polling),
 * `streamUrl` for the WebSocket stream (served by `directline-stream-route`), uploads. CORS and preflights are
 * handled before routing (`directline-cors`), so every answer here — errors included — carries them.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineRouteOptions): void {
  const { service } = options;
  const handle = (work: (req: Request, res: Response) => Promise<void> | void) => async (req: Request, res: Response) => {
    try {
      await work(req, res);
    } catch (error) {
      if (!res.headersSent) sendPayload(res, directLineErrorPayload(error));
    }
  };

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
    const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], options.trustProxyHops);
    const { created, body: started } = await service.startConversation(bearerOf(req), {
      locale,
      streamBase: streamBaseOf(req, options.publicUrl),
      admitNew: () => spend(options.creations, client, 'new conversations from this address'),
    });
    res.status(created ? 201 : 200);
    res.json(started);
  }));

  // How a WebSocket client reconnects: the same grant and a fresh streamUrl from its watermark.
  server.get(`${BASE}/conversations/:conversationId`, handle(async (req, res) => {
    res.json(await service.reconnect(bearerOf(req), String(req.params.conversationId), queryParam(req, 'watermark'), streamBaseOf(req, options.publicUrl)));
  }));

  server.post(`${BASE}/conversations/:conversationId/activities`, handle(async (req, res) => {
    const body = await readOptionalJson(req, MAX_BODY_BYTES);
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      // Still check the token first: a stranger learns nothing about the conversation.
      await service.authorize(bearerOf(req), String(req.params.conversationId));
      throw new AppError('invalid_request', 'request body must be an activity object');
    }
    res.json(await service.postActivity(bearerOf(req), String(req.params.conversationId), body));
  }));

  server.post(`${BASE}/conversations/:conversationId/upload`, handle(async (req, res) => {
    const conversationId = String(req.params.conversationId);
    try {
      await service.authorize(bearerOf(req), conversationId);
    } catch (error) {
      req.resume();
      throw error;
    }
    const { activity, files } = await readUpload(req);
    res.json(await service.postUpload(bearerOf(req), conversationId, activity, files));
  }));

  server.get(`${BASE}/conversations/:conversationId/activities`, handle(async (req, res) => {
    const conversation = await service.authorize(bearerOf(req), String(req.params.conversationId));
    await spend(options.polls, conversation.id, 'reads of this conversation');
    res.json(await service.activitiesSince(conversation, queryParam(req, 'watermark')));
  }));
}
