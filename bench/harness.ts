import { ChildProcess, spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { portInUse } from '../src/localNeo4j/bolt';
import { BenchConnection, loadBenchGraph, stopBenchNeo4j } from './benchNeo4j';
import { BenchQuery, QUERY_MIX, QueryInputs, Reply, SERVERS, ServerName } from './queries';
import { renderResults } from './report';
import { generateGraph } from './synthetic';

/**
 * npm run bench: for each graph size, generate and import the synthetic graph,
 * start the three servers on it, check that they give the same answers, then
 * load each with autocannon (warm-up, then several runs) and record req/s,
 * latencies, errors and the server's RSS. --smoke runs a tiny version for CI.
 */

export interface Measurement {
  size: number;
  query: string;
  server: ServerName;
  runs: { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }[];
  requestsPerSecond: number;
  /** (max - min) / mean of the runs' req/s, in percent. */
  spreadPercent: number;
  p50: number;
  p99: number;
  errors: number;
  maxRssMb: number;
  /** Ours only: Cypher statements the root field ran. */
  statements?: number;
}

export interface SizeReport {
  size: number;
  nodes: number;
  relationships: number;
  missions: number;
  generateSeconds: number;
  importSeconds: number;
  indexSeconds: number;
  agreement: Record<string, boolean>;
  /** Per query, the servers that could not answer it, and why. */
  failures: Record<string, Partial<Record<ServerName, string>>>;
}

export interface BenchResults {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; pinning: string };
  settings: { connections: number; durationSeconds: number; warmUpSeconds: number; globalWarmUpSeconds: number; runs: number };
  sizes: SizeReport[];
  measurements: Measurement[];
}

interface Options {
  sizes: number[];
  connections: number;
  duration: number;
  warmUp: number;
  /** Seconds of every query on every server before any is measured: the JVM and V8 compile the hot paths. */
  globalWarmUp: number;
  runs: number;
  smoke: boolean;
  queries: string[] | null;
}

const ROOT = resolve(__dirname, '..', '..');
const PORTS: Record<ServerName, number> = { ours: 4301, peer: 4302, floor: 4303 };
const SERVER_CORE = '0';
const LOAD_CORE = '1';
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function parseOptions(argv: string[]): Options {
  const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const smoke = argv.includes('--smoke');
  const number = (name: string, fallback: number) => (option(name) === undefined ? fallback : Number(option(name)));
  return {
    smoke,
    sizes: (option('sizes') ?? (smoke ? '3000' : '10000,100000,1000000')).split(',').map(Number),
    connections: number('connections', smoke ? 2 : 8),
    duration: number('duration', smoke ? 1 : 4),
    warmUp: number('warm-up', smoke ? 1 : 2),
    globalWarmUp: number('global-warm-up', smoke ? 0 : 3),
    runs: number('runs', smoke ? 1 : 3),
    queries: option('queries')?.split(',') ?? null,
  };
}

/** Pinning needs taskset and two cores; without them everything shares the CPUs and the report says so. */
const canPin = (() => {
  try {
    return cpus().length >= 2 && require('node:child_process').spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  } catch {
    return false;
  }
})();
const pinned = (core: string, command: string, args: string[]): [string, string[]] => (canPin ? ['taskset', ['-c', core, command, ...args]] : [command, args]);

function startServer(server: ServerName, connection: BenchConnection): ChildProcess {
  const script = { ours: 'dist/src/index.js', peer: 'dist/bench/peer/server.js', floor: 'dist/bench/floor/server.js' }[server];
  const env = {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    PORT: String(PORTS[server]),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // Ours shows extensions.cypher only to a request that asks with x-debug-cypher; the load never asks.
    DEBUG_CYPHER: 'true',
    // autocannon is one client asking at machine speed: a per-client budget would measure itself, not the server.
    RATE_LIMIT_PER_SECOND: '0',
  };
  const [command, args] = pinned(SERVER_CORE, process.execPath, [script]);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${server}] ${chunk}`));
  return child;
}

function requestFor(server: ServerName, query: BenchQuery, inputs: QueryInputs) {
  const url = server === 'floor' ? `http://127.0.0.1:${PORTS.floor}/${query.name}` : `http://127.0.0.1:${PORTS[server]}/graphql`;
  return { url, body: JSON.stringify(query.body(server, inputs)) };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Reply & { extensions?: { cypher?: { queries: number } } } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, json: (await response.json()) as Reply };
}

async function waitUntilAnswering(server: ServerName, child: ChildProcess): Promise<void> {
  const { url, body } = requestFor(server, QUERY_MIX[0], { mission: 'none' } as QueryInputs);
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${server} exited with ${child.exitCode} before it answered`);
    try {
      const { status } = await post(url, body);
      if (status < 500) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${server} did not answer within 150 s`);
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function autocannon(url: string, body: string, connections: number, seconds: number): Promise<AutocannonResult> {
  const cli = join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  const [command, args] = pinned(LOAD_CORE, process.execPath, [
    cli, '--json', '--connections', String(connections), '--duration', String(seconds),
    '--method', 'POST', '--headers', 'content-type=application/json', '--body', body, url,
  ]);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0) return fail(new Error(`autocannon exited with ${code}`));
      done(JSON.parse(Buffer.concat(out).toString('utf8')) as AutocannonResult);
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function measure(server: ServerName, pid: number, query: BenchQuery, inputs: QueryInputs, options: Options, size: number): Promise<Measurement> {
  const { url, body } = requestFor(server, query, inputs);
  await autocannon(url, body, options.connections, options.warmUp);
  let maxRssMb = rssMb(pid);
  const sampler = setInterval(() => (maxRssMb = Math.max(maxRssMb, rssMb(pid))), 100);
  const runs: Measurement['runs'] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const result = await autocannon(url, body, options.connections, options.duration);
      runs.push({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    }
  } finally {
    clearInterval(sampler);
  }
  const rates = runs.map((run) => run.requestsPerSecond);
  const average = mean(rates);
  return {
    size,
    query: query.name,
    server,
    runs,
    requestsPerSecond: average,
    spreadPercent: average > 0 ? ((Math.max(...rates) - Math.min(...rates)) / average) * 100 : 0,
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
    maxRssMb,
  };
}

/** Where the deep cursor page starts: the mission half-way through the list by name. */
async function queryInputs(connection: BenchConnection, sample: QueryInputs | Omit<QueryInputs, 'deepName' | 'deepId' | 'deepOffset'>): Promise<QueryInputs> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    const deepOffset = Math.floor(sample.missionCount / 2);
    const { records } = await driver.executeQuery(
      'MATCH (m:Mission) WITH m ORDER BY m.name, m.id SKIP $skip LIMIT 1 RETURN m.name AS name, m.id AS id',
      { skip: neo4j.int(deepOffset) },
    );
    return { ...sample, deepOffset, deepName: records[0].get('name'), deepId: records[0].get('id') };
  } finally {
    await driver.close();
  }
}

/**
 * Asks every server each query once and compares the canonical answers; ours also reports its statements.
 * A server that fails a query (an error, or no answer in 60 s) is recorded as failing it and not loaded with it.
 */
async function checkAgreement(inputs: QueryInputs, queries: BenchQuery[]) {
  const agreement: Record<string, boolean> = {};
  const statements: Record<string, number> = {};
  const failures: Record<string, Partial<Record<ServerName, string>>> = {};
  for (const query of queries) {
    const answers: Partial<Record<ServerName, unknown>> = {};
    failures[query.name] = {};
    for (const server of SERVERS) {
      const { url, body } = requestFor(server, query, inputs);
      try {
        const { status, json } = await post(url, body, server === 'ours' ? { 'x-debug-cypher': '1' } : {});
        if (status !== 200 || json.errors) throw new Error(`HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
        answers[server] = query.answer(server, json);
        if (server === 'ours') statements[query.name] = json.extensions?.cypher?.queries ?? -1;
      } catch (error) {
        failures[query.name][server] = (error as Error).name === 'TimeoutError' ? 'no answer within 60 s' : (error as Error).message;
        log(`    ${server} FAILS ${query.name}: ${failures[query.name][server]}`);
      }
    }
    const answered = SERVERS.filter((server) => !(server in failures[query.name]));
    const same = answered.length >= 2 && answered.every((server) => isDeepStrictEqual(answers[server], answers[answered[0]]));
    const empty = answers.ours === null || (Array.isArray(answers.ours) && answers.ours.length === 0);
    agreement[query.name] = same && !empty && answered.includes('ours') && answered.includes('floor');
    log(`  ${query.name}: ${same ? (empty ? 'EMPTY answer (the query finds nothing)' : `same answer from ${answered.join(', ')}`) : 'ANSWERS DIFFER'}; ours ran ${statements[query.name]} statement(s)`);
    if (!same) for (const server of answered) log(`    ${server}: ${JSON.stringify(answers[server]).slice(0, 400)}`);
  }
  return { agreement, statements, failures };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

async function benchSize(size: number, options: Options, results: BenchResults): Promise<boolean> {
  log(`\n== ${size.toLocaleString('en')} nodes ==`);
  const started = Date.now();
  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  const generateSeconds = (Date.now() - started) / 1000;
  log(`generated ${graph.nodes} nodes and ${graph.relationships} relationships in ${generateSeconds.toFixed(1)} s`);
  const { connection, importSeconds, indexSeconds } = await loadBenchGraph(graph, (line) => log(`  [neo4j] ${line}`));
  log(`imported in ${importSeconds.toFixed(1)} s, indexes online ${indexSeconds.toFixed(1)} s later`);
  if (canPin) spawn('taskset', ['-a', '-p', '-c', SERVER_CORE, String(connection.pid)], { stdio: 'ignore' });

  for (const server of SERVERS) {
    if (await portInUse(PORTS[server])) throw new Error(`Port ${PORTS[server]} (for ${server}) is in use: stop what listens there first.`);
  }
  const children = Object.fromEntries(SERVERS.map((server) => [server, startServer(server, connection)])) as Record<ServerName, ChildProcess>;
  try {
    await Promise.all(SERVERS.map((server) => waitUntilAnswering(server, children[server])));
    const inputs = await queryInputs(connection, graph.sample);
    const queries = QUERY_MIX.filter((query) => !options.queries || options.queries.includes(query.name));
    const { agreement, statements, failures } = await checkAgreement(inputs, queries);
    if (options.globalWarmUp > 0) {
      log(`  warming up: every query on every server for ${options.globalWarmUp} s`);
      for (const query of queries) {
        for (const server of SERVERS) {
          if (failures[query.name][server]) continue;
          const { url, body } = requestFor(server, query, inputs);
          await autocannon(url, body, options.connections, options.globalWarmUp);
        }
      }
    }
    results.sizes.push({ size, nodes: graph.nodes, relationships: graph.relationships, missions: graph.missions, generateSeconds, importSeconds, indexSeconds, agreement, failures });
    for (const query of queries) {
      for (const server of SERVERS) {
        if (failures[query.name][server]) continue;
        const measurement = await measure(server, children[server].pid!, query, inputs, options, size);
        if (server === 'ours') measurement.statements = statements[query.name];
        results.measurements.push(measurement);
        log(
          `  ${query.name.padEnd(26)} ${server.padEnd(5)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)} req/s ±${measurement.spreadPercent.toFixed(0)}%` +
            `  p50 ${measurement.p50} ms  p99 ${measurement.p99} ms  errors ${measurement.errors}  RSS ${measurement.maxRssMb.toFixed(0)} MB`,
        );
      }
    }
    return Object.values(agreement).every(Boolean);
  } finally {
    await Promise.all(SERVERS.map((server) => stopChild(children[server])));
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      pinning: canPin
        ? `the servers and Neo4j on core ${SERVER_CORE}, autocannon on core ${LOAD_CORE} (taskset)`
        : 'none: taskset or a second core is missing, so the load generator shares the CPUs with the servers',
    },
    settings: {
      connections: options.connections,
      durationSeconds: options.duration,
      warmUpSeconds: options.warmUp,
      globalWarmUpSeconds: options.globalWarmUp,
      runs: options.runs,
    },
    sizes: [],
    measurements: [],
  };
  log(`bench: sizes ${options.sizes.join(', ')}; ${options.connections} connections, ${options.warmUp} s warm-up, ${options.runs} x ${options.duration} s runs; ${results.machine.pinning}`);
  let agreed = true;
  try {
    for (const size of options.sizes) agreed = (await benchSize(size, options, results)) && agreed;
  } finally {
    await stopBenchNeo4j();
  }
  if (!options.smoke) {
    const day = results.date.slice(0, 10);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', `${day}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), renderResults(results, `results/${day}.json`));
    log(`\nwrote bench/results/${day}.json and bench/RESULTS.md`);
  } else {
    const failed = results.measurements.filter((m) => m.requestsPerSecond === 0 || m.errors > 0);
    if (failed.length > 0) {
      log(`smoke: ${failed.map((m) => `${m.server}/${m.query}`).join(', ')} answered nothing or with errors under load`);
      agreed = false;
    }
  }
  if (!agreed) {
    log('The servers did not all agree (or the smoke run saw errors): see above.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
