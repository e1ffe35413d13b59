/** A claim marker `[^source-id]` as written in knowledge documents. */
export const CLAIM_MARKER = /\s?\[\^([A-Za-z0-9_-]+)\]/g;

/** Source ids named by the claim markers of `text`, in order, without repeats. */
export function claimSourceIds(text: string): string[] {
  return [...new Set([...text.matchAll(CLAIM_MARKER)].map((m) => m[1]!))];
}

/** `text` with its claim markers removed. */
export function stripClaimMarkers(text: string): string {
  return text.replace(CLAIM_MARKER, '').replace(/\s+([.,;:!?])/g, '$1').trim();
}

/**
 * Markdown inline formatting reduced to plain text for display: emphasis, code, links (their text
 * is kept), list bullets. Claim markers are left in place.
 */
export function plainMarkdown(text: string): string {
  return text
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
    .replace(/!?\[([^\]^][^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
