import { STATUS_CODES, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { corsHeadersFor } from '../../channels/directline/cors-headers.js';
import { DirectLineError } from '../../channels/directline/directline-error.js';
import type { DirectLineService } from '../../channels/directline/directline-service.js';
import type { DirectLineStreamHub } from '../../channels/directline/directline-stream.js';
import { AppError } from '../../core/errors.js';
import { canonicalTarget } from '../canonical-target.js';
import { errorPayload, type ErrorPayload } from '../http-error.js';
import type { Buckets } from '../rate-limit.js';
import { bearerOf, directLineErrorPayload, spend } from './directline-routes.js';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

export interface DirectLineStreamRouteOptions {
  service: DirectLineService;
  hub: DirectLineStreamHub;
  allowedOrigins: readonly string[];
  /** The per-conversation read limit polls use: opening a stream spends one read. */
  polls?: Buckets | undefined;
}

/** Whether a page's origin is this server itself (the demo page), which needs no listing in WEBCHAT_ALLOWED_ORIGINS. */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Answers an upgrade request with a plain HTTP error (JSON, like every other error) and closes the socket. */
function refuse(socket: Duplex, payload: ErrorPayload): void {
  const body = JSON.stringify(payload.body);
  const head = [
    `HTTP/1.1 ${payload.status} ${STATUS_CODES[payload.status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    ...Object.entries(payload.headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * The Direct Line WebSocket stream, on the HTTP server's `upgrade` event (restify does not route upgrades):
 * `GET /v3/directline/conversations/{id}/stream?watermark=&t=<ticket>` with the ticket of a `streamUrl` (or an
 * `Authorization: Bearer` conversation token). Browsers send their page's origin: it must be this server's own or one
 * of WEBCHAT_ALLOWED_ORIGINS, as for the HTTP routes. A bad credential, a foreign origin, an unknown path or a client over
 * its read limit get the same JSON errors as the HTTP routes, before any WebSocket is accepted.
 */
export function registerDirectLineStream(httpServer: HttpServer, options: DirectLineStreamRouteOptions): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void upgrade(req, socket, head));
  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const target = canonicalTarget(req.url);
    const url = target === null ? undefined : new URL(target, 'http://localhost');
    const match = url ? STREAM_PATH.exec(url.pathname) : null;
    if (!url || !match) return refuse(socket, errorPayload(new AppError('not_found', 'no such endpoint')));
    try {
      const origin = req.headers.origin;
      if (origin && !sameHost(origin, req.headers.host) && Object.keys(corsHeadersFor(origin, options.allowedOrigins)).length === 0) {
        throw new DirectLineError(403, 'forbidden', 'this site may not open Direct Line streams (WEBCHAT_ALLOWED_ORIGINS)');
      }
      let conversationId: string;
      try {
        conversationId = decodeURIComponent(match[1]!);
      } catch {
        throw new AppError('not_found', 'no such conversation');
      }
      const credential = { ticket: url.searchParams.get('t') ?? undefined, token: bearerOf(req) };
      const watermark = url.searchParams.get('watermark') ?? undefined;
      await options.service.checkStream(credential, conversationId, watermark);
      await spend(options.polls, conversationId, 'stream openings of this conversation');
      wss.handleUpgrade(req, socket, head, (ws) => void options.hub.attach(ws, credential, conversationId, watermark));
    } catch (error) {
      refuse(socket, directLineErrorPayload(error));
    }
  }
}
