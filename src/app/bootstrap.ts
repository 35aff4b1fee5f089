import { createDriver } from '../db/driver';
import { GraphDatabase } from '../db/graphDatabase';
import { migrate } from '../db/migrations';
import type { Logger } from '../observability/logger';
import { isGraphEmpty, loadSeed } from '../seed/loadSeed';
import { Config } from './config';
import { resolveNeo4j } from './neo4jConnection';

export const STARTUP_TIMEOUT_MS = 300_000;

/** A driver for the configured Neo4j (starting the local one if need be); it does not talk to Neo4j yet. */
export async function connectGraphDatabase(config: Config, logger: Logger): Promise<GraphDatabase> {
  const connection = await resolveNeo4j(config, logger);
  return new GraphDatabase(createDriver(connection), {
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutMs,
  });
}

/** Applies migrations and, unless told not to, loads the curated graph into an empty database. */
export async function prepareGraphDatabase(db: GraphDatabase, logger: Logger, options = { seedIfEmpty: true }): Promise<void> {
  // A server that has just started answers its first statements slowly: no request timeout here.
  const setup = db.withTimeout(STARTUP_TIMEOUT_MS);
  const applied = await migrate(setup);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied migrations');
  if (options.seedIfEmpty && (await isGraphEmpty(setup))) {
    const document = await loadSeed(setup);
    logger.info({ missions: document.missions.length, events: document.events.length }, 'loaded the curated graph');
  }
}

/** For the command-line tools: connected and migrated, or an error. */
export async function openGraphDatabase(config: Config, logger: Logger, options = { seedIfEmpty: true }): Promise<GraphDatabase> {
  const db = await connectGraphDatabase(config, logger);
  try {
    await prepareGraphDatabase(db, logger, options);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
