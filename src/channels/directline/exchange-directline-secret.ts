import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { newDirectLineUserId, type DirectLineTokenResponse } from './directline-service.js';

const tokenResponseSchema = z.looseObject({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export interface ExchangeOptions {
  secret: string;
  /** Direct Line base URL, e.g. https://europe.directline.botframework.com/v3/directline. */
  domain: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

/**
 * Production mode: trades the Direct Line secret for a conversation token (`POST {domain}/tokens/generate`)
 * with a fresh `dl_` user id, so the secret stays on the server and the browser gets a one-conversation token.
 */
export async function exchangeDirectLineSecret(options: ExchangeOptions): Promise<DirectLineTokenResponse> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const url = `${options.domain.replace(/\/+$/, '')}/tokens/generate`;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: newDirectLineUserId() } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    void error;
    throw new AppError('internal', 'the Direct Line service could not be reached; check DIRECT_LINE_DOMAIN');
  }
  if (!response.ok) {
    throw new AppError('internal', `the Direct Line service refused the token request (HTTP ${response.status}); check DIRECT_LINE_SECRET`);
  }
  const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new AppError('internal', 'the Direct Line service answered an unexpected token response');
  return { conversationId: parsed.data.conversationId, token: parsed.data.token, expires_in: parsed.data.expires_in };
}
