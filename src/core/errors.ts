/** Stable error codes the core and its edges raise; `server/` maps them to HTTP statuses. */
export type ErrorCode =
  | 'invalid_question'
  | 'question_too_long'
  | 'not_ready'
  | 'invalid_config'
  | 'invalid_request'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'not_found'
  | 'unauthorized'
  | 'internal';

/** An error with a stable code and a message meant for the caller. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
