import type { Server } from 'restify';
import type { Readiness } from '../readiness.js';

/** `GET /healthz`: the process is up. `GET /readyz`: the knowledge is loaded and questions can be answered. */
export function registerHealthRoutes(server: Server, readiness: Readiness): void {
  server.get('/healthz', (_req, res, next) => {
    res.json({ status: 'ok' });
    next();
  });
  server.get('/readyz', (_req, res, next) => {
    if (readiness.isReady && !readiness.isDraining) {
      res.json({ status: 'ready' });
    } else {
      res.status(503);
      res.header('Retry-After', '1');
      res.json({ status: readiness.isDraining ? 'shutting_down' : readiness.failed ? 'failed' : 'loading' });
    }
    next();
  });
}
