import type { IncomingMessage } from 'node:http';
import { AppError } from '../../core/errors.js';

/**
 * Reads a request body that may be empty (Direct Line clients POST `conversations` and `tokens/*` without one):
 * `undefined` when empty, the parsed JSON otherwise; `body_too_large` / `invalid_request` errors when not.
 */
export async function readOptionalJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    req.resume();
    throw new AppError('body_too_large', `request body must be at most ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new AppError('body_too_large', `request body must be at most ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_request', 'request body must be JSON');
  }
}

/** Requests whose body the Direct Line routes read themselves (it may legitimately be empty). */
export function readsOwnBody(url: string | undefined): boolean {
  return /^\/(v3\/directline|api\/directline)\//.test(url ?? '');
}
