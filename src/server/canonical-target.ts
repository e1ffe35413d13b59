import type { Next, Request, RequestHandler, Response } from 'restify';
import { AppError } from '../core/errors.js';
import { sendError } from './http-error.js';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The one spelling of a request target that routing and rate limiting both see, or null when the target
 * cannot be read: absolute-form (`http://host/p`) becomes origin-form (`/p`); percent-encoded unreserved
 * characters are decoded (`/api/%61sk` → `/api/ask`) and other escapes upper-cased; matrix parameters
 * (`/api/ask;x`) are dropped; repeated slashes are collapsed and `.` / `..` segments resolved. A target that
 * does not start with `/`, has a bad escape, a backslash, or climbs above the root is null.
 */
export function canonicalTarget(raw: string | undefined): string | null {
  if (!raw) return null;
  let target = raw;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let parsed: URL;
    try {
      parsed = new URL(target);
    } catch {
      return null;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    target = parsed.pathname + parsed.search;
  }
  if (!target.startsWith('/') || target.includes('\\')) return null;
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  const q = target.indexOf('?');
  const rawPath = q >= 0 ? target.slice(0, q) : target;
  const query = q >= 0 ? target.slice(q) : '';
  const decoded = decodeUnreserved(rawPath);
  if (decoded === null) return null;
  const segments: string[] = [];
  for (const piece of decoded.split('/').slice(1)) {
    const segment = piece.split(';')[0]!;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const trailing = decoded.length > 1 && decoded.endsWith('/') && segments.length > 0 ? '/' : '';
  return `/${segments.join('/')}${trailing}${query}`;
}

function decodeUnreserved(path: string): string | null {
  let out = '';
  for (let i = 0; i < path.length; i += 1) {
    const ch = path[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const hex = path.slice(i + 1, i + 3);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
    const decoded = String.fromCharCode(parseInt(hex, 16));
    out += UNRESERVED.test(decoded) ? decoded : `%${hex.toUpperCase()}`;
    i += 2;
  }
  return out;
}

/**
 * The first `pre` handler: rewrites `req.url` to its canonical target (so every later handler, the rate limit
 * and the router agree on what was asked), or answers 400 for a target that cannot be read — restify's own
 * URL parsing would otherwise throw outside any request handler and stop the process.
 */
export function canonicalizeTarget(): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const target = canonicalTarget(req.url);
    if (target === null) {
      // restify's helpers parse the URL too: give them a harmless one before answering.
      req.url = '/';
      sendError(res, new AppError('invalid_request', 'the request target is not a valid URL path'));
      req.resume();
      return next(false);
    }
    req.url = target;
    return next();
  };
}
