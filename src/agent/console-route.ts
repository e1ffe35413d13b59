import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../project-root.js';
import type { RequestHandler, Response, Server } from 'restify';
import { AppError } from '../core/errors.js';
import { sendError } from '../server/http-error.js';

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
};

/** Only our own files, no inline script, no third party: what the page may load and run. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /agent`: the support-agent console, plain HTML/CSS/JS from `src/agent/console/` (read once at start).
 * The page itself holds no data; every data endpoint it calls asks for the agent token.
 */
export function registerConsoleRoute(server: Server): void {
  const dir = fromRoot('src', 'agent', 'console');
  const content = new Map(Object.keys(FILES).map((name) => [name, readFileSync(join(dir, name))]));
  const write = (name: string, res: Response): void => {
    const body = content.get(name);
    if (!body) return sendError(res, new AppError('not_found', 'no such file'));
    res.writeHead(200, {
      'content-type': FILES[name]!,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    res.end(body);
  };
  const page: RequestHandler = (_req, res, next) => {
    write('index.html', res);
    next();
  };
  server.get('/agent', page);
  server.get('/agent/', page);
  server.get('/agent/:file', (req, res, next) => {
    write(String(req.params.file), res);
    next();
  });
}
