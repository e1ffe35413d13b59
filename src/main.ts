import { buildServices } from './compose/build-assistant.js';
import type { RetrieverRef } from './agent/agent-context.js';
import { recordUnanswered } from './agent/record-unanswered.js';
import { databasePath } from './store/sqlite-database.js';
import { openSqliteStores, type Stores } from './store/sqlite-stores.js';
import { DatabaseStartError, openPostgresStores } from './store/pg-stores.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createLogger } from './logging/logger.js';
import { createServer } from './server/create-server.js';

/** Composition root of the service: config, logs, HTTP server, then the knowledge (ready when loaded). */
async function main(): Promise<void> {
  const started = performance.now();
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection');
  });

  // Before anything listens: with DATABASE_URL, every shared state in PostgreSQL (connected and migrated, or the process
  // stops with one line naming DATABASE_URL); otherwise feedback, reviews and unanswered questions in one SQLite file.
  let stores: Stores;
  if (config.DATABASE_URL) {
    try {
      stores = await openPostgresStores(config.DATABASE_URL, logger, { poolSize: config.DATABASE_POOL_SIZE });
    } catch (error) {
      if (error instanceof DatabaseStartError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      }
      throw error;
    }
    logger.info({ poolSize: config.DATABASE_POOL_SIZE }, 'shared state in PostgreSQL');
  } else {
    stores = openSqliteStores(databasePath(config.DATA_DIR));
  }
  const retriever: RetrieverRef = {};
  const app = createServer({ logger, credentials: config, config, stores, feedback: stores.feedback, retriever });
  const port = await app.listen(config.PORT, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  logger.info({ url, anonymous: !config.MicrosoftAppId }, 'listening');

  // Graceful stop: not ready at once, in-flight requests finish within the grace, exit 1 if any had to be cut.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down');
    void app.shutdown(config.SHUTDOWN_GRACE_MS).then(async (finished) => {
      await stores.close();
      if (!finished) logger.warn('in-flight requests were cut at the end of the grace period');
      logger.info({ exitCode: finished ? 0 : 1 }, 'stopped');
      process.exit(finished ? 0 : 1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  try {
    const services = await buildServices({ logger, config, reviews: stores.reviews });
    retriever.current = services.retriever;
    app.readiness.setReady(recordUnanswered(services.assistant, stores.unanswered, logger));
    // performance.now() counts from the process start: module loading included.
    logger.info({ url, readyMs: Math.round(performance.now()), loadMs: Math.round(performance.now() - started) }, 'ready');
  } catch (error) {
    app.readiness.setFailed(error as Error);
    logger.fatal({ err: error }, 'could not load the knowledge');
    process.exit(1);
  }

}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
