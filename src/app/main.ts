import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ChangeRetention } from '../changes/changeRetention';
import { DatabaseReadiness } from '../db/databaseReadiness';
import { createHttpServer } from '../http/httpServer';
import { createLogger } from '../observability/logger';
import { connectGraphDatabase, prepareGraphDatabase, STARTUP_TIMEOUT_MS } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { listenForMetrics } from './metricsListener';
import { buildServer } from './server';
import { HttpDrain } from './shutdown';
import { warmUp } from './warmUp';

/** npm start: configuration, Neo4j, migrations and the seed, the warm-up, then HTTP; a clean drain on SIGTERM. */
export async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const driverDb = await connectGraphDatabase(config, logger);
  let shuttingDown = false;

  const readiness = new DatabaseReadiness(() => prepareGraphDatabase(driverDb, logger), logger);
  const { app, listener, apollo, metricsApp, contextDependencies, subscriptions, downloads } = await buildServer({
    config,
    db: driverDb.gated(() => readiness.ready),
    logger,
    isShuttingDown: () => shuttingDown,
  });
  // With Neo4j up, migrations and the warm-up finish before the first request; with it down, the server
  // listens anyway and opens to requests once migrations ran (the first of them then plan cold).
  await readiness.start();
  const retention = new ChangeRetention(driverDb.gated(() => readiness.ready), config.changeRetentionDays, logger);
  retention.start();
  if (readiness.ready) {
    const warmUpMs = await warmUp(apollo, { ...contextDependencies, database: driverDb.withTimeout(STARTUP_TIMEOUT_MS) }, { introspection: config.introspection });
    logger.info({ warmUpMs }, 'warmed up the common operations');
    downloads.prepare();
  }

  const http: Server = createHttpServer(listener, config, app).listen(config.port, () => {
    const { port } = http.address() as AddressInfo;
    logger.info({ port, startupMs: Date.now() - started, ready: readiness.ready }, `missiongraph listening at http://localhost:${port}/graphql`);
  });
  const drain = new HttpDrain(http);
  subscriptions.attach(http);
  const metricsHttp = listenForMetrics(metricsApp, config.metrics, logger);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing the requests in flight');
    readiness.stop();
    retention.stop();
    metricsHttp?.close();
    // The drain first, so that every answer from now on says Connection: close; meanwhile subscribers are
    // told to go (1001) and reconnect elsewhere with their last cursor: they lose nothing.
    const drained = drain.close(config.shutdownGraceMs, logger);
    await subscriptions.close();
    const inTime = await drained;
    await apollo.stop();
    await downloads.close();
    await driverDb.close();
    logger.info({ signal, inTime }, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // A stray rejection (a driver callback, a client gone mid-answer) is a bug to fix, not a reason to drop every other request.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

/** A configuration or setup problem is told plainly; anything else with its stack, for the operator. */
export function failedToStart(error: unknown): never {
  console.error(error instanceof ConfigError ? error.message : `missiongraph could not start: ${(error as Error)?.message ?? error}`);
  if (!(error instanceof ConfigError)) console.error(error);
  process.exit(1);
}
