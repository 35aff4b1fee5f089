import 'reflect-metadata';
import { loadConfig, Neo4jConnection } from '../../src/app/config';
import { createDriver } from '../../src/db/driver';
import { GraphDatabase } from '../../src/db/graphDatabase';
import { migrate } from '../../src/db/migrations';
import { startLocalNeo4j } from '../../src/localNeo4j';
import { createLogger } from '../../src/observability/logger';
import { loadSeed, pruneToSeed } from '../../src/seed/loadSeed';
import { buildServer } from '../../src/app/server';
import { warmUp } from '../../src/app/warmUp';
import { LOCAL_SCRATCH } from './scratch';

const started: NodeJS.ProcessEnv[] = [];
const log = (name: string) => (line: string) => process.stderr.write(`[${name}] ${line}\n`);

/** Starts (or reuses) a local Neo4j in the home and on the ports that `env` names. */
async function startLocal(name: string, env: NodeJS.ProcessEnv): Promise<Neo4jConnection> {
  const local = await startLocalNeo4j({ log: log(name), env });
  if (local.startedNow) started.push(env);
  return { uri: local.uri, user: local.user, password: local.password };
}

/** Migrations and the seed; on the main server also a warm-up, as `npm start` does before it listens. */
async function prepare(connection: Neo4jConnection, warm: boolean): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const db = new GraphDatabase(createDriver(connection, { connectMs: 30_000 }), { database: config.neo4jDatabase, transactionTimeoutMs: 120_000 });
  try {
    await migrate(db);
    // The suites assert the curated graph as seed/ holds it now, not as an earlier checkout left it.
    await pruneToSeed(db, await loadSeed(db));
    if (warm) {
      const logger = createLogger('silent');
      const { apollo, contextDependencies } = await buildServer({ config, db, logger });
      // Warms Neo4j's plans for the suites' servers; introspection is in-process work, warm only where it runs.
      await warmUp(apollo, contextDependencies, { introspection: false });
      await apollo.stop();
    }
  } finally {
    await db.close();
  }
}

/**
 * The main Neo4j (NEO4J_URI, or the project's local one) holds the curated
 * graph for the read-only suites; the scratch one (SCRATCH_NEO4J_URI, or a
 * second local server) is for the suites that write. Both get the seed.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const [main, scratch] = await Promise.all([
    config.neo4j ?? startLocal('neo4j', process.env),
    process.env.SCRATCH_NEO4J_URI
      ? { uri: process.env.SCRATCH_NEO4J_URI, user: process.env.SCRATCH_NEO4J_USER ?? 'neo4j', password: process.env.SCRATCH_NEO4J_PASSWORD ?? '' }
      : startLocal('scratch', { ...process.env, ...LOCAL_SCRATCH }),
  ]);
  Object.assign(process.env, {
    NEO4J_URI: main.uri, NEO4J_USER: main.user, NEO4J_PASSWORD: main.password,
    SCRATCH_NEO4J_URI: scratch.uri, SCRATCH_NEO4J_USER: scratch.user, SCRATCH_NEO4J_PASSWORD: scratch.password,
  });
  await Promise.all([prepare(main, true), prepare(scratch, false)]);
  (globalThis as { neo4jStartedByTests?: NodeJS.ProcessEnv[] }).neo4jStartedByTests = started;
}
