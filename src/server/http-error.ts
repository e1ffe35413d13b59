import type { Response } from 'restify';
import { AppError, type ErrorCode } from '../core/errors.js';

const STATUS: Record<ErrorCode, number> = {
  invalid_question: 400,
  question_too_long: 400,
  invalid_request: 400,
  body_too_large: 400,
  unsupported_media_type: 415,
  rate_limited: 429,
  invalid_config: 500,
  unauthorized: 401,
  not_found: 404,
  not_ready: 503,
  internal: 500,
};

/** The JSON body of every error: a stable code and a message meant for the caller. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** What an error is answered with: status, JSON body and extra headers. */
export interface ErrorPayload {
  status: number;
  body: { error: { code: string; message: string; details?: unknown } };
  headers: Record<string, string>;
}

/** The answer to `error`; anything that is not an AppError becomes a 500 without details. */
export function errorPayload(error: unknown): ErrorPayload {
  const appError = error instanceof AppError ? error : new AppError('internal', 'internal error');
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details === undefined ? {} : { details: appError.details }),
    },
  };
  return { status: STATUS[appError.code], body, headers: appError.code === 'not_ready' ? { 'Retry-After': '1' } : {} };
}

/** Sends an error payload on a restify response. */
export function sendPayload(res: Response, payload: ErrorPayload): void {
  for (const [name, value] of Object.entries(payload.headers)) res.header(name, value);
  res.status(payload.status);
  res.json(payload.body);
}

/** Sends `error` as JSON with its HTTP status; anything that is not an AppError becomes a 500 without details. */
export function sendError(res: Response, error: unknown): void {
  sendPayload(res, errorPayload(error));
}
