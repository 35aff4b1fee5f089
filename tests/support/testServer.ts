import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createServer, IncomingHttpHeaders, request as httpRequest, Server } from 'node:http';
import { loadConfig } from '../../src/app/config';
import { createDriver } from '../../src/db/driver';
import { GraphDatabase } from '../../src/db/graphDatabase';
import { createLogger, Logger } from '../../src/observability/logger';
import { buildServer } from '../../src/app/server';
import { createHttpServer } from '../../src/http/httpServer';

export interface TestServer {
  url: string;
  /** The metrics listener, on a free port of its own. */
  metricsUrl: string;
  db: GraphDatabase;
  /** Subscription.changes streams open now, each past the point where a new write reaches it. */
  subscribers(): number;
  close(): Promise<void>;
}

/**
 * The real server over real HTTP on a free port, against the Neo4j that globalSetup prepared (or the one `env` names).
 * Every request of a suite comes from one address, doing the work of many users at machine speed: the
 * per-client budget is off unless `env` sets RATE_LIMIT_PER_SECOND ('' for its default).
 */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, logger?: Logger): Promise<TestServer> {
  // A test may spend seconds of CPU parsing a download between two requests; undici cannot see the server
  // close the idle socket meanwhile and would send the next request down it (ECONNRESET): idle sockets stay 60 s.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '0', KEEP_ALIVE_TIMEOUT_MS: '60000', ...env });
  if (!config.neo4j) throw new Error('globalSetup should have set NEO4J_URI');
  const db = new GraphDatabase(createDriver(config.neo4j), {
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutMs,
  });
  const { app, listener, apollo, metricsApp, subscriptions, downloads } = await buildServer({ config, db, logger: logger ?? createLogger(config.logLevel) });
  const listen = (server: Server): Promise<Server> => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
  const [http, metricsHttp] = await Promise.all([listen(createHttpServer(listener, config, app)), listen(createServer(metricsApp))]);
  subscriptions.attach(http);
  const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: urlOf(http),
    metricsUrl: urlOf(metricsHttp),
    db,
    subscribers: () => subscriptions.subscribers,
    async close() {
      await subscriptions.close();
      for (const server of [http, metricsHttp]) server.closeAllConnections();
      await Promise.all([http, metricsHttp].map((server) => new Promise((resolve) => server.close(resolve))));
      await apollo.stop();
      await downloads.close();
      await db.close();
    },
  };
}

/** The real server with its log lines captured, against the Neo4j `env` names. */
export async function serverWithLog(env: NodeJS.ProcessEnv, level: string): Promise<{ server: TestServer; lines: Record<string, any>[] }> {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const server = await startTestServer({ ...env, LOG_LEVEL: level }, pino({ level }, sink));
  return { server, lines };
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
): Promise<GraphQLResponse<T> & { headers: Headers }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text, headers: response.headers };
}

/**
 * POST /graphql from another local address (127.0.0.2, ...: all of 127/8 is this machine): another client,
 * with a budget of its own.
 */
export function graphqlFrom(
  server: { url: string },
  localAddress: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse & { headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${server.url}/graphql`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text), text });
        });
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}
