/**
 * An error with the HTTP status and code the Direct Line 3.0 reference gives it, where the service's generic codes
 * would mislead a Direct Line client: DirectLineJS reads the status (403 = token expired, it stops and waits for a
 * new token; 404 = conversation ended) and the reference names the code (`TokenExpired`).
 */
export class DirectLineError extends Error {
  override name = 'DirectLineError';

  constructor(
    readonly status: 403 | 404 | 429,
    readonly code: 'TokenExpired' | 'forbidden' | 'not_found' | 'rate_limited',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The reference's answer to a token that was valid and has expired. */
export function tokenExpired(): DirectLineError {
  return new DirectLineError(403, 'TokenExpired', 'the Direct Line token has expired: refresh it before it expires, or start again');
}
