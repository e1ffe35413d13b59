import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { tokenExpired } from './directline-error.js';

/** What a Direct Line token grants: one conversation, as one user, until `exp`. */
export interface TokenClaims {
  /** Conversation id the token authorises (and only that one). */
  conv: string;
  /** User id the conversation was opened for (`dl_…`). */
  user: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Locale the page asked for, used for the welcome. */
  loc?: string;
  /** `stream`: a short-lived ticket in a `streamUrl`, good for opening that conversation's WebSocket only. */
  scp?: 'stream';
}

/**
 * Signs and checks Direct Line tokens: `base64url(JSON claims) + "." + base64url(HMAC-SHA256)`. The key is
 * random per process, so tokens die with the process — fine for a local endpoint whose conversations live
 * in memory too.
 */
export class TokenSigner {
  private readonly key: Buffer;

  constructor(
    key: Buffer = randomBytes(32),
    private readonly now: () => number = Date.now,
  ) {
    this.key = key;
  }

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /**
   * The claims of a valid, unexpired token. A malformed or forged token is `unauthorized` (401); a genuine one past
   * its expiry is 403 `TokenExpired`, as the Direct Line reference says, so clients know to get a new one.
   */
  verify(token: string): TokenClaims {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined || token.length > 2048) {
      throw new AppError('unauthorized', 'malformed Direct Line token');
    }
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new AppError('unauthorized', 'invalid Direct Line token');
    }
    let claims: Partial<TokenClaims>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    } catch {
      throw new AppError('unauthorized', 'invalid Direct Line token');
    }
    if (typeof claims.conv !== 'string' || typeof claims.user !== 'string' || typeof claims.exp !== 'number') {
      throw new AppError('unauthorized', 'invalid Direct Line token');
    }
    if (claims.exp * 1000 <= this.now()) throw tokenExpired();
    return {
      conv: claims.conv,
      user: claims.user,
      exp: claims.exp,
      ...(typeof claims.loc === 'string' ? { loc: claims.loc } : {}),
      ...(claims.scp === 'stream' ? { scp: 'stream' as const } : {}),
    };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
