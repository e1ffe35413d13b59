import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fromRoot } from '../../project-root.js';
import { gzipSync } from 'node:zlib';

/** A file served as is: body, gzip variant, content type, strong ETag. */
export interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  contentType: string;
  etag: string;
  /** Cache-Control value. */
  cacheControl: string;
}

const ASSETS_DIR = fromRoot('src', 'channels', 'webchat', 'assets');

/**
 * Path of Web Chat's browser bundle in the installed package. The package exports only its main entry, so resolve
 * that and go to `../dist/webchat.js` (no CDN: the widget works offline).
 */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}

function toAsset(body: Buffer, contentType: string, cacheControl: string): StaticAsset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip: gzipSync(body), contentType, etag, cacheControl };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Loads the widget's files once (and gzips them once), on first use. */
export class WebChatAssets {
  private readonly cache = new Map<string, StaticAsset>();

  /** `index.html`, `embed.js`, `page.css`… from `src/channels/webchat/assets/`. */
  get(name: string): StaticAsset {
    let asset = this.cache.get(name);
    if (!asset) {
      const ext = name.slice(name.lastIndexOf('.'));
      const cache = ext === '.html' ? 'no-cache' : 'public, max-age=300';
      asset = toAsset(readFileSync(join(ASSETS_DIR, name)), TYPES[ext] ?? 'application/octet-stream', cache);
      this.cache.set(name, asset);
    }
    return asset;
  }

  /** Web Chat's bundle: long-lived cache (it changes only with the installed version), revalidated by ETag. */
  bundle(): StaticAsset {
    let asset = this.cache.get('webchat.js');
    if (!asset) {
      asset = toAsset(readFileSync(webChatBundlePath()), TYPES['.js']!, 'public, max-age=86400');
      this.cache.set('webchat.js', asset);
    }
    return asset;
  }
}

/** Names of the files under assets/ the server may serve. */
export const PUBLIC_ASSETS = ['embed.js', 'page.css', 'cnam-mark.svg'] as const;
