import type { IncomingMessage } from 'node:http';

/**
 * The public origin of this service as the client reached it: `PUBLIC_URL` when set, else the request's own
 * scheme (https behind a proxy saying so) and Host.
 */
export function requestOrigin(req: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' && forwarded.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${req.headers.host ?? '127.0.0.1'}`;
}
