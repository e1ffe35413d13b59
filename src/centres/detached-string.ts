import { Buffer } from 'node:buffer';

/**
 * A fresh, flat copy of `s`, one byte per character when it can be. A slice of the gazetteer file (two bytes per
 * character: a few names have « œ ») keeps the whole 5 MB file alive and stays two-byte itself; kept strings are
 * copied with this instead.
 */
export function detachedString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(s) ? Buffer.from(s, 'utf8').toString('utf8') : Buffer.from(s, 'latin1').toString('latin1');
}
