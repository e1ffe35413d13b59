/** CORS response headers for the widget on a town's site: the origin if allowed, nothing otherwise. */
export function corsHeadersFor(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin) return {};
  const ok = allowed.includes('*') || allowed.includes(origin);
  if (!ok) return {};
  return {
    'Access-Control-Allow-Origin': allowed.includes('*') ? '*' : origin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with',
    'Access-Control-Max-Age': '600',
    // DirectLineJS reads Retry-After on a 429; cross-origin, only exposed headers are readable.
    'Access-Control-Expose-Headers': 'Retry-After',
    ...(allowed.includes('*') ? {} : { Vary: 'Origin' }),
  };
}
