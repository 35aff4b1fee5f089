import { parseWriteTokens, WriteToken } from './auth/writeTokens';

/** Configuration, read and validated once at start-up into a typed object. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

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

  const config: Config = {
    port: integer('PORT', 4000, 0, 65535),
    nodeEnv,
    logLevel,
    neo4j,
    neo4jDatabase,
    debugCypher: boolean('DEBUG_CYPHER', nodeEnv !== 'production'),
    transactionTimeoutMs: integer('TX_TIMEOUT_MS', 5000, 100, 600000),
    writeTokens: writeTokens.tokens,
    editorBodyLimitBytes: integer('EDITOR_BODY_LIMIT_BYTES', 50 * 1024 * 1024, 100 * 1024, 1024 * 1024 * 1024),
  };
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
