import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { parseWriteTokens, TOKEN_FORMAT, WriteToken } from '../auth/writeTokens';
import type { Neo4jConnection } from '../db/driver';
import type { AdmissionLimits } from '../limits/admission';
import type { QueryLimits } from '../limits/queryLimitsPlugin';

export type { AdmissionLimits, Neo4jConnection, QueryLimits };

/** Where /metrics is served: a listener of its own (off the public one) and, with a token, the public listener too. */
export interface MetricsAccess {
  /** The metrics listener's port (0: any free one), or null for none. */
  port: number | null;
  host: string;
  /** With it, the public listener serves /metrics to `Authorization: Bearer <token>`; without it, not at all. */
  token: string | null;
}

/** Configuration, read and validated once at start-up into a typed object. */

export interface Config {
  port: number;
  nodeEnv: string;
  logLevel: string;
  /** Null when the project runs its own local Neo4j. */
  neo4j: Neo4jConnection | null;
  neo4jDatabase: string;
  debugCypher: boolean;
  transactionTimeoutMs: number;
  writeTokens: WriteToken[];
  /** Request bodies of editors (imports); everyone else is held to 100 kB. */
  editorBodyLimitBytes: number;
  limits: QueryLimits;
  /** Room on the server and a budget per client, in the cost model's unit (src/limits/fieldPrices.ts). */
  admission: AdmissionLimits;
  /** Whether __schema and __type are answered (GraphiQL needs them). */
  introspection: boolean;
  /** Proxies in front of the server whose X-Forwarded-For is believed, to find the client's address. */
  trustProxyHops: number;
  metrics: MetricsAccess;
  /** The deadline of one HTTP request: past it the client gets TIMEOUT, whatever is still running. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open; above a load balancer's own idle timeout. */
  keepAliveTimeoutMs: number;
  /** A request slower than this is logged as slow, with its operation and duration. */
  slowRequestMs: number;
  /** How long a SIGTERM waits for requests in flight before closing the driver anyway. */
  shutdownGraceMs: number;
  /** How long the change log keeps a change: a cursor stays valid this long (the contract says at least 30 days). */
  changeRetentionDays: number;
  /** How often a process with subscribers reads the change log for new changes. */
  changePollMs: number;
  /** Open WebSocket connections one client address may hold. */
  subscriptionConnectionsPerClient: number;
  /** The API's public address, without a trailing slash: download links and the entities' IRIs start with it. */
  publicBaseUrl: string;
  /** Where this process writes the downloads it builds (a folder of its own is made inside). */
  downloadsDir: string;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };

  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  let neo4j: Neo4jConnection | null = null;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(env.NEO4J_URI)) {
      problems.push(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${env.NEO4J_URI}"`);
    }
    if (!env.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
    neo4j = { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
  }

  const neo4jDatabase = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[a-z0-9][a-z0-9.-]{0,62}$/i.test(neo4jDatabase)) {
    problems.push(`NEO4J_DATABASE is not a valid database name: "${neo4jDatabase}"`);
  }

  const writeTokens = parseWriteTokens(env.WRITE_TOKENS);
  problems.push(...writeTokens.problems);

  const metricsPort = env.METRICS_PORT === 'off' ? null : integer('METRICS_PORT', 9464, 0, 65535);
  const metricsHost = env.METRICS_HOST || '127.0.0.1';
  if (isIP(metricsHost) === 0 && !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i.test(metricsHost)) {
    problems.push(`METRICS_HOST must be an IP address or a host name, got "${metricsHost}"`);
  }
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && !TOKEN_FORMAT.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be 16 to 512 characters of letters, digits and ._~+/=-');
  }
  const port = integer('PORT', 4000, 0, 65535);
  const publicBaseUrl = (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(publicBaseUrl)) {
    problems.push(`PUBLIC_BASE_URL must be an http:// or https:// address with no query or fragment, got "${env.PUBLIC_BASE_URL}"`);
  }

  const config: Config = {
    port,
    nodeEnv,
    logLevel,
    neo4j,
    neo4jDatabase,
    debugCypher: boolean('DEBUG_CYPHER', nodeEnv !== 'production'),
    transactionTimeoutMs: integer('TX_TIMEOUT_MS', 5000, 100, 600000),
    writeTokens: writeTokens.tokens,
    editorBodyLimitBytes: integer('EDITOR_BODY_LIMIT_BYTES', 50 * 1024 * 1024, 100 * 1024, 1024 * 1024 * 1024),
    limits: {
      depth: integer('QUERY_MAX_DEPTH', 10, 1, 1000),
      // The depth of graphql-js's full introspection query, which GraphiQL and schema tools send.
      introspectionDepth: integer('QUERY_MAX_INTROSPECTION_DEPTH', 15, 1, 1000),
      aliases: integer('QUERY_MAX_ALIASES', 15, 0, 10000),
      directives: integer('QUERY_MAX_DIRECTIVES', 50, 0, 10000),
      tokens: integer('QUERY_MAX_TOKENS', 2000, 10, 1000000),
      cost: integer('QUERY_MAX_COST', 100000, 1, 100000000),
    },
    // Sized for the event loop's one core, about 250 000 a second of output-heavy work (README "Limits", "Raising them").
    admission: {
      ratePerSecond: integer('RATE_LIMIT_PER_SECOND', 25000, 0, 1000000000),
      burst: integer('RATE_LIMIT_BURST', 100000, 1, 10000000000),
      maxCostInFlight: integer('MAX_COST_IN_FLIGHT', 200000, 0, 10000000000),
    },
    introspection: boolean('INTROSPECTION', true),
    trustProxyHops: integer('TRUST_PROXY', 0, 0, 100),
    metrics: { port: metricsPort, host: metricsHost, token: metricsToken },
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 10000, 100, 600000),
    keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_MS', 5000, 1000, 600000),
    slowRequestMs: integer('SLOW_REQUEST_MS', 1000, 0, 600000),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 10000, 0, 600000),
    changeRetentionDays: integer('CHANGE_RETENTION_DAYS', 30, 30, 36500),
    changePollMs: integer('CHANGE_POLL_MS', 200, 20, 60000),
    subscriptionConnectionsPerClient: integer('SUBSCRIPTION_CONNECTIONS_PER_CLIENT', 10, 1, 100000),
    publicBaseUrl,
    downloadsDir: env.DOWNLOADS_DIR || tmpdir(),
  };
  if (config.requestTimeoutMs <= config.transactionTimeoutMs) {
    problems.push(`REQUEST_TIMEOUT_MS (${config.requestTimeoutMs}) must be above TX_TIMEOUT_MS (${config.transactionTimeoutMs}), so a slow statement is answered with TIMEOUT by the database first`);
  }
  const { admission, limits } = config;
  if (admission.ratePerSecond > 0 && admission.burst < limits.cost) {
    problems.push(`RATE_LIMIT_BURST (${admission.burst}) must be at least QUERY_MAX_COST (${limits.cost}), or a query the limits allow could never run`);
  }
  if (admission.maxCostInFlight > 0 && admission.maxCostInFlight < limits.cost) {
    problems.push(`MAX_COST_IN_FLIGHT (${admission.maxCostInFlight}) must be at least QUERY_MAX_COST (${limits.cost}), or a query the limits allow could never run`);
  }
  if (config.metrics.port !== null && config.metrics.port !== 0 && config.metrics.port === config.port) {
    problems.push(`METRICS_PORT (${config.metrics.port}) must differ from PORT: /metrics is kept off the public listener`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
