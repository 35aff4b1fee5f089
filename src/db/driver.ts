import neo4j, { Driver } from 'neo4j-driver';
import { Neo4jConnection } from '../config';

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when the database is away instead of the driver's 60 s default.
    connectionAcquisitionTimeout: 2000,
    connectionTimeout: 2000,
    maxTransactionRetryTime: 5000,
    disableLosslessIntegers: false,
    userAgent: 'missiongraph',
  });
}
