import neo4j, { Driver } from 'neo4j-driver';
import { joinMultiChunkMessages } from './wholeMessages';

/** Where the graph database is and how to log in. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * The driver as the API uses it. `connectMs` is how long a connection may take
 * to open: the API fails fast; tools that prepare a database (the tests' setup)
 * may wait longer for a server that has just started on a busy machine.
 */
export function createDriver(connection: Neo4jConnection, { connectMs = 2000 } = {}): Driver {
  joinMultiChunkMessages();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when the database is away instead of the driver's 60 s default.
    connectionAcquisitionTimeout: connectMs,
    connectionTimeout: connectMs,
    // A managed transaction retries a transient failure once, about a second later (the driver's first
    // back-off); a longer budget would hold a request for 3-7 s of retries when Neo4j is down, and the
    // API promises SERVICE_UNAVAILABLE within 2 s.
    maxTransactionRetryTime: 500,
    // Numbers, not Integer objects: every integer in this graph (counts, orders) is far below 2^53.
    disableLosslessIntegers: true,
    userAgent: 'missiongraph',
  });
}
