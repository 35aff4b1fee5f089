import { createDriver } from '../src/db/driver';
import { GraphDatabase } from '../src/db/graphDatabase';
import { migrate } from '../src/db/migrations';
import { localNeo4jPaths, startLocalNeo4j, stopLocalNeo4j } from '../src/localNeo4j';
import { lastLines, runCommand } from '../src/localNeo4j/command';
import { adminEnv, classpath } from '../src/localNeo4j/jvm';
import { systemDatabaseExists } from '../src/localNeo4j/password';
import { runningServerPid } from '../src/localNeo4j/serverProcess';
import { SyntheticGraph } from './synthetic';

/**
 * The benchmarks' own Neo4j: the project's local server in another folder, on
 * other ports and with more memory, so that a million nodes stay in the page
 * cache and the development server is never touched.
 */
export const BENCH_NEO4J_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  LOCAL_NEO4J_HOME: process.env.BENCH_LOCAL_NEO4J_HOME ?? '.neo4j-bench',
  LOCAL_NEO4J_BOLT_PORT: process.env.BENCH_LOCAL_NEO4J_BOLT_PORT ?? '7697',
  LOCAL_NEO4J_HTTP_PORT: process.env.BENCH_LOCAL_NEO4J_HTTP_PORT ?? '7484',
  LOCAL_NEO4J_HEAP: process.env.BENCH_LOCAL_NEO4J_HEAP ?? '2g',
  LOCAL_NEO4J_PAGECACHE: process.env.BENCH_LOCAL_NEO4J_PAGECACHE ?? '2g',
  // A statement of the peer's can run for minutes on the large graph; none may hold the server longer than this.
  LOCAL_NEO4J_TRANSACTION_TIMEOUT: '30s',
};

export interface BenchConnection {
  uri: string;
  user: string;
  password: string;
  pid: number;
}

/**
 * The peer's indexes, for every lookup its queries make: @neo4j/graphql matches
 * `(this:Mission) WHERE this.id = $id`, which the :Entity(id) constraint cannot
 * serve, so each label gets its own; and its filtered page starts from every
 * mission with the status asked for (`MATCH (this:Mission) WHERE this.status = $s
 * AND EXISTS { agency }`), which an index on status turns from a scan of all
 * missions into a seek (a third of the db hits). Its other queries collect or
 * scan before they filter, which no index changes (a composite index on status
 * and launch date, for its ORDER BY, was not used by the planner).
 */
const PEER_INDEXES = [
  ...['Mission', 'Agency', 'Target', 'Event'].map((label) => `CREATE INDEX peer_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
  'CREATE INDEX peer_mission_status IF NOT EXISTS FOR (n:Mission) ON (n.status)',
];

async function start(log: (line: string) => void): Promise<BenchConnection> {
  // The memory settings are read from this process's environment when the server is spawned.
  Object.assign(process.env, {
    LOCAL_NEO4J_HEAP: BENCH_NEO4J_ENV.LOCAL_NEO4J_HEAP,
    LOCAL_NEO4J_PAGECACHE: BENCH_NEO4J_ENV.LOCAL_NEO4J_PAGECACHE,
    LOCAL_NEO4J_TRANSACTION_TIMEOUT: BENCH_NEO4J_ENV.LOCAL_NEO4J_TRANSACTION_TIMEOUT,
  });
  const local = await startLocalNeo4j({ env: BENCH_NEO4J_ENV, log });
  const pid = runningServerPid(localNeo4jPaths(BENCH_NEO4J_ENV));
  if (pid === undefined) throw new Error('The bench Neo4j started but left no pid file.');
  return { uri: local.uri, user: local.user, password: local.password, pid };
}

export const stopBenchNeo4j = (): Promise<boolean> => stopLocalNeo4j(BENCH_NEO4J_ENV);

/**
 * The bench database as it is, when it already holds `graph` (the same number
 * of nodes and the sample mission): bench:profile and bench:compare reuse it
 * instead of importing again. Null when it holds something else.
 */
export async function reuseBenchGraph(graph: SyntheticGraph, log: (line: string) => void): Promise<BenchConnection | null> {
  if (!systemDatabaseExists(localNeo4jPaths(BENCH_NEO4J_ENV))) return null;
  const connection = await start(log);
  const db = new GraphDatabase(createDriver(connection), { database: 'neo4j', transactionTimeoutMs: 60_000 });
  try {
    const [row] = await db.read({
      cypher: 'MATCH (n) WITH count(n) AS nodes RETURN nodes, EXISTS { MATCH (:Entity:Mission {id: $id}) } AS sampled',
      params: { id: graph.sample.mission },
    });
    return row.nodes === graph.nodes && row.sampled === true ? connection : null;
  } catch {
    return null;
  } finally {
    await db.close();
  }
}

/**
 * Replaces the bench database with `graph` through `neo4j-admin database import`
 * (the server is stopped for it), starts the server, then creates our indexes
 * (the migrations) and the peer's. Returns the connection and the seconds each step took.
 */
export async function loadBenchGraph(graph: SyntheticGraph, log: (line: string) => void) {
  const paths = localNeo4jPaths(BENCH_NEO4J_ENV);
  // The first start creates the system database and sets the password; the import needs neither, the server both.
  if (!systemDatabaseExists(paths)) await start(log);
  await stopBenchNeo4j();

  const importStarted = Date.now();
  const result = await runCommand(
    'java',
    [
      '-Xmx2g', '-cp', classpath(paths), 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j',
      '--overwrite-destination=true', '--id-type=string', '--skip-bad-relationships=false',
      ...graph.nodeFiles.map((file) => `--nodes=${file}`),
      ...graph.relationshipFiles.map((file) => `--relationships=${file}`),
    ],
    { cwd: paths.home, env: adminEnv(paths) },
  );
  if (result.status !== 0) throw new Error(`neo4j-admin database import failed (${result.status}):\n${lastLines(result.output, 30)}`);
  const importSeconds = (Date.now() - importStarted) / 1000;

  const connection = await start(log);
  const indexStarted = Date.now();
  const db = new GraphDatabase(createDriver(connection), { database: 'neo4j', transactionTimeoutMs: 600_000 });
  try {
    await migrate(db);
    for (const statement of PEER_INDEXES) await db.runSchema(statement);
    await db.runSchema('CALL db.awaitIndexes(600)');
  } finally {
    await db.close();
  }
  return { connection, importSeconds, indexSeconds: (Date.now() - indexStarted) / 1000 };
}
