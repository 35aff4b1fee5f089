import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { GraphDatabase } from '../../src/db/graphDatabase';
import { migrate } from '../../src/db/migrations';
import { startLocalNeo4j } from '../../src/localNeo4j';
import { loadSeed } from '../../src/seed/loadSeed';

/**
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local
 * Neo4j. The connection is handed to the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  let connection = config.neo4j;
  if (!connection) {
    const local = await startLocalNeo4j({ log: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
    (globalThis as { stopNeo4jAfterTests?: boolean }).stopNeo4jAfterTests = local.startedNow;
    connection = { uri: local.uri, user: local.user, password: local.password };
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USER = local.user;
    process.env.NEO4J_PASSWORD = local.password;
  }
  const db = new GraphDatabase(createDriver(connection), { database: config.neo4jDatabase, transactionTimeoutMs: 30000 });
  try {
    await migrate(db);
    await loadSeed(db);
  } finally {
    await db.close();
  }
}
