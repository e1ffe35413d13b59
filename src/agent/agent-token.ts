import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../core/errors.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Checks `Authorization: Bearer <token>` against the configured agent token, in constant time (both sides
 * are hashed first, so their lengths never leak). Without a configured token the agent API is disabled.
 * @throws AppError `not_found` when AGENT_TOKEN is not set, `unauthorized` for a missing or wrong token.
 */
export function requireAgentToken(expected: string | undefined, authorization: string | undefined): void {
  if (!expected) {
    throw new AppError('not_found', 'the support-agent API is disabled: AGENT_TOKEN is not set on the server');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const given = match?.[1];
  if (!given || !timingSafeEqual(digest(given), digest(expected))) {
    throw new AppError('unauthorized', 'missing or wrong agent token (Authorization: Bearer <AGENT_TOKEN>)');
  }
}
