import type { Next, Request, RequestHandler, Response } from 'restify';
import { AppError } from '../core/errors.js';
import { sendError } from './http-error.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';

/**
 * Content types a JSON body may come with: JSON itself (`application/json`, `…+json`), `text/plain` (what a
 * browser's simple request and `fetch` without headers send), or none. Forms, XML, multipart… are refused.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return true;
  const type = header.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') || type === 'text/plain';
}

/** Largest request body accepted, in bytes. A Bot Framework activity is a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON request body into `req.body`, answering 400 with a clear JSON error for a body that is
 * too large, not JSON, or not an object — instead of restify's defaults (413/500 with HTML-ish bodies).
 */
export function readJsonBody(maxBytes = MAX_BODY_BYTES): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (req.method !== 'POST' && req.method !== 'PUT') return next();
    if (!isJsonContentType(req.headers['content-type'])) {
      sendError(res, new AppError('unsupported_media_type', 'request body must be JSON (Content-Type: application/json)'));
      req.resume();
      return next(false);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      sendError(res, new AppError('body_too_large', `request body must be at most ${maxBytes} bytes`));
      req.resume();
      return next(false);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        sendError(res, new AppError('body_too_large', `request body must be at most ${maxBytes} bytes`));
        next(false);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      if (failed) return;
      failed = true;
      next(false);
    });
    req.on('end', () => {
      if (failed) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        sendError(res, new AppError('invalid_request', 'request body must be a JSON object'));
        return next(false);
      }
      try {
        const body: unknown = JSON.parse(text);
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          throw new SyntaxError('not an object');
        }
        if (nestsDeeperThan(body)) {
          sendError(res, new AppError('invalid_request', `request body must not nest more than ${MAX_JSON_DEPTH} levels`));
          return next(false);
        }
        req.body = body;
      } catch {
        sendError(res, new AppError('invalid_request', 'request body must be a JSON object'));
        return next(false);
      }
      next();
    });
  };
}
