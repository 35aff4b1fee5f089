import type { Neo4jConnection } from '../db/driver';
import { startLocalNeo4j } from '../localNeo4j';
import type { Logger } from '../observability/logger';
import { Config } from './config';

/** The configured Neo4j (NEO4J_URI), or else the project's own local server, started if need be. */
export async function resolveNeo4j(config: Config, logger: Logger): Promise<Neo4jConnection> {
  if (config.neo4j) return config.neo4j;
  const local = await startLocalNeo4j({ log: (line) => logger.info(line) });
  return { uri: local.uri, user: local.user, password: local.password };
}
