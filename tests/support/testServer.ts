import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { loadConfig } from '../../src/app/config';
import { createDriver } from '../../src/db/driver';
import { GraphDatabase } from '../../src/db/graphDatabase';
import { createLogger, Logger } from '../../src/observability/logger';
import { buildServer } from '../../src/app/server';

export interface TestServer {
  url: string;
  db: GraphDatabase;
  close(): Promise<void>;
}

/** The real server over real HTTP on a free port, against the Neo4j that globalSetup prepared (or the one `env` names). */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, logger?: Logger): Promise<TestServer> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...env });
  if (!config.neo4j) throw new Error('globalSetup should have set NEO4J_URI');
  const db = new GraphDatabase(createDriver(config.neo4j), {
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutMs,
  });
  const { app, apollo, downloads } = await buildServer({ config, db, logger: logger ?? createLogger(config.logLevel) });
  const http: Server = await new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
  // A test may spend seconds of CPU parsing a download between two requests; undici cannot see the
  // server close the idle socket meanwhile and would send the next request down it (ECONNRESET).
  http.keepAliveTimeout = 60_000;
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await apollo.stop();
      await downloads.close();
      await db.close();
    },
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
  text: string;
}

/** POST /graphql as a client would. */
export async function graphql<T = Record<string, any>>(
  server: TestServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}
