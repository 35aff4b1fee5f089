import { Server } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { openGraphDatabase } from './bootstrap';
import { createLogger } from './logger';
import { buildServer } from './server';
import { warmUp } from './warmUp';

const WARM_UP_TIMEOUT_MS = 120_000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openGraphDatabase(config, logger);
  const { app, apollo } = await buildServer({ config, db, logger });
  const warmUpMs = await warmUp(apollo, db.withTimeout(WARM_UP_TIMEOUT_MS), logger);
  logger.info({ warmUpMs }, 'warmed up the common operations');
  const http: Server = app.listen(config.port, () => {
    logger.info({ port: config.port, startupMs: Date.now() - started }, `missiongraph ready at http://localhost:${config.port}/graphql`);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    http.close(async () => {
      await apollo.stop();
      await db.close();
      process.exit(0);
    });
    http.closeIdleConnections();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // A configuration or setup problem is told plainly; anything else with its stack, for the operator.
  console.error(error instanceof ConfigError ? error.message : `missiongraph could not start: ${(error as Error)?.message ?? error}`);
  if (!(error instanceof ConfigError)) console.error(error);
  process.exit(1);
});
