import type { Server } from 'restify';
import type { Readiness } from '../readiness.js';

/**
 * `GET /healthz`: the process is up. `GET /readyz`: the knowledge is loaded and questions can be answered; with a
 * shared database, it also says whether the database answers (`"database": "up"`), and is 503 while it does not.
 */
export function registerHealthRoutes(server: Server, readiness: Readiness): void {
  server.get('/healthz', (_req, res, next) => {
    res.json({ status: 'ok' });
    next();
  });
  server.get('/readyz', (_req, res, next) => {
    const database = readiness.databaseState;
    const extra = database ? { database } : {};
    if (readiness.isReady && !readiness.isDraining) {
      res.json({ status: 'ready', ...extra });
    } else {
      res.status(503);
      res.header('Retry-After', database === 'down' ? '2' : '1');
      const status = readiness.isDraining
        ? 'shutting_down'
        : readiness.failed
          ? 'failed'
          : database === 'down' && readiness.current
            ? 'database_unavailable'
            : 'loading';
      res.json({ status, ...extra });
    }
    next();
  });
}
