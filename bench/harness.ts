import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import { checkAgreement, queryInputs, requestBody } from './agreement';
import { loadBenchGraph, stopBenchNeo4j } from './benchNeo4j';
import { loadCore, Target } from './load';
import { loadAverage } from './processStats';
import { QUERY_MIX, ServerName } from './queries';
import { mergeResults, renderResults } from './report';
import { measureRounds, RoundOptions, Run, Series } from './rounds';
import { Instance, instanceUrl, portBase, startInstance, stopInstance, stopOnSignals, TWIN, waitUntilAnswering } from './servers';
import { warmUntilSteady, WarmUp, WarmUpOptions } from './steadyState';
import { measureSideBySide, SideBySide } from './sideBySide';
import { generateGraph } from './synthetic';

/**
 * npm run bench: for each graph size, generate and import the synthetic graph,
 * start the servers on it (ours twice: the A/A pair), check that they give the
 * same answers, then per query warm each server until steady and measure them
 * in interleaved rounds (steadyState.ts, rounds.ts). --smoke runs a tiny
 * version for CI: it checks answers and that the load gets no errors, not speed.
 */

export interface Measurement extends Series {
  size: number;
  query: string;
  /** The instance's label: ours, ours′ (the A/A twin), peer, floor. */
  instance: string;
  server: ServerName;
  warmUp: WarmUp;
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
  failures: Record<string, Partial<Record<ServerName, string>>>;
}

export interface BenchResults {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; pinning: string; loadAverageAtStart: number };
  settings: RoundOptions & { warmUp: WarmUpOptions; twinQueries: string[] };
  sizes: SizeReport[];
  measurements: Measurement[];
  /** When results merge several runs (--report=a.json,b.json): each run's start. */
  runs?: string[];
  /** CPU per request of two servers loaded at once (sideBySide.ts); absent from runs before it. */
  sideBySide?: SideBySide[];
  /** When results merge several runs: the side-by-side pairs a later run measured again, with the start of the run that measured each. */
  replacedSideBySide?: (SideBySide & { date: string })[];
}

interface Options {
  sizes: number[];
  smoke: boolean;
  queries: string[] | null;
  queriesAt: Map<number, string[]>;
  twinQueries: string[];
  /** Queries whose CPU per request is also measured side by side: ours with the floor, and with its twin. */
  sideBySideQueries: string[];
  /** Sizes measured only side by side (after the warm-ups), every size when the flag has no list: a run completing another's interleaved figures. */
  sideBySideOnly: (size: number) => boolean;
  rounds: RoundOptions;
  warmUp: WarmUpOptions;
}

const ROOT = projectRoot();
const log = (line: string) => process.stdout.write(`${line}\n`);

function parseOptions(argv: string[]): Options {
  const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const smoke = argv.includes('--smoke');
  const number = (name: string, full: number, tiny: number) => (option(name) === undefined ? (smoke ? tiny : full) : Number(option(name)));
  const connections = number('connections', 8, 2);
  return {
    smoke,
    sizes: (option('sizes') ?? (smoke ? '3000' : '10000,100000,1000000')).split(',').map(Number),
    queries: option('queries')?.split(',') ?? null,
    // --queries-at=10000:pointLookup;1000000:pointLookup: at those sizes only those queries (the goals need only
    // pointLookup at the smallest and largest size; the whole mix at each size takes hours).
    queriesAt: new Map(
      (option('queries-at') ?? '')
        .split(';')
        .filter(Boolean)
        .map((entry) => [Number(entry.split(':')[0]), entry.split(':')[1].split(',')] as [number, string[]]),
    ),
    twinQueries: (option('twin') ?? 'pointLookup,missionWithRelationships').split(',').filter(Boolean),
    sideBySideQueries: (option('side-by-side') ?? (smoke ? '' : 'pointLookup,missionWithRelationships')).split(',').filter(Boolean),
    sideBySideOnly: (size) => argv.includes('--side-by-side-only') || (option('side-by-side-only')?.split(',').map(Number).includes(size) ?? false),
    rounds: {
      connections,
      rounds: number('rounds', 4, 1),
      seconds: number('duration', 15, 1),
      fixedRate: number('rate', 100, 20),
      fixedRateSeconds: number('rate-duration', 8, 1),
      reruns: number('reruns', 2, 0),
    },
    warmUp: {
      connections,
      windowSeconds: number('warm-up-window', 5, 1),
      tolerancePercent: number('warm-up-tolerance', 5, 100),
      maxSeconds: number('warm-up-max', 150, 1),
    },
  };
}

function describeRun(instance: Instance, run: Run): string {
  const fixed = run.fixedRate ? `  @${run.fixedRate.requests} p50 ${run.fixedRate.p50.toFixed(2)} ms` : '';
  return (
    `    ${instance.label.padEnd(6)} ${run.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${run.p50} p99 ${run.p99} ms  ` +
    `CPU/req API ${run.apiCpuMs.toFixed(3)} neo4j ${run.neo4jCpuMs.toFixed(3)} ms  RSS ${run.maxRssMb.toFixed(0)} MB  load ${run.loadAverage}${fixed}${run.errors ? `  ERRORS ${run.errors}` : ''}`
  );
}

/** Ours side by side with the floor and with its twin (when loaded): CPU per request read over the same seconds. */
async function sideBySideOfOurs(size: number, query: string, loaded: Instance[], targets: Map<Instance, Target>, rounds: RoundOptions): Promise<SideBySide[]> {
  const ours = loaded.find((i) => i.label === 'ours');
  const measured: SideBySide[] = [];
  for (const other of ours ? loaded.filter((i) => i.label === 'floor' || i.label === TWIN) : []) {
    const together = await measureSideBySide([ours!, other], targets, rounds, (round) =>
      log(`    side by side ours ${round.apiCpuMs[0].toFixed(3)} ${other.label} ${round.apiCpuMs[1].toFixed(3)} ms/req (${round.requests.join(' / ')} answers)${round.errors ? `  ERRORS ${round.errors}` : ''}`),
    );
    log(`  ${query.padEnd(26)} side by side ${other.label}/ours CPU ${together.ratio.value.toFixed(2)} ±${together.ratio.spreadPercent.toFixed(0)}%`);
    measured.push({ size, query, ...together });
  }
  return measured;
}

async function benchSize(size: number, options: Options, results: BenchResults, save: () => void): Promise<boolean> {
  log(`\n== ${size.toLocaleString('en')} nodes ==`);
  const started = Date.now();
  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  const generateSeconds = (Date.now() - started) / 1000;
  log(`generated ${graph.nodes} nodes and ${graph.relationships} relationships in ${generateSeconds.toFixed(1)} s`);
  const { connection, importSeconds, indexSeconds } = await loadBenchGraph(graph, (line) => log(`  [neo4j] ${line}`));
  log(`imported in ${importSeconds.toFixed(1)} s, indexes online ${indexSeconds.toFixed(1)} s later`);

  const base = portBase();
  const instances: Instance[] = [
    { label: 'ours', server: 'ours', port: base + 1, root: ROOT },
    { label: 'peer', server: 'peer', port: base + 2, root: ROOT },
    { label: 'floor', server: 'floor', port: base + 3, root: ROOT },
    { label: TWIN, server: 'ours', port: base + 4, root: ROOT },
  ];
  stopOnSignals(instances);
  try {
    for (const instance of instances) await startInstance(instance, connection);
    const inputs = await queryInputs(connection, graph.sample);
    await Promise.all(instances.map((instance) => waitUntilAnswering(instance, instanceUrl(instance, QUERY_MIX[0].name), requestBody(instance, QUERY_MIX[0], inputs))));
    const chosen = options.queriesAt.get(size) ?? options.queries;
    const queries = QUERY_MIX.filter((query) => !chosen || chosen.includes(query.name));
    const { agreement, statements, failures } = await checkAgreement(instances.filter((i) => i.label !== TWIN), inputs, queries, log);
    results.sizes.push({ size, nodes: graph.nodes, relationships: graph.relationships, missions: graph.missions, generateSeconds, importSeconds, indexSeconds, agreement, failures });

    for (const query of queries) {
      const loaded = instances.filter(
        (i) => !failures[query.name][i.server] && (i.label !== TWIN || options.twinQueries.includes(query.name)) && (!options.sideBySideOnly(size) || i.label !== 'peer'),
      );
      const targets = new Map<Instance, Target>(loaded.map((i) => [i, { url: instanceUrl(i, query.name), body: requestBody(i, query, inputs) }]));
      const warmUps = new Map<Instance, WarmUp>();
      for (const instance of loaded) {
        const warmUp = await warmUntilSteady(targets.get(instance)!, options.warmUp);
        warmUps.set(instance, warmUp);
        log(`  ${query.name} ${instance.label}: warm ${warmUp.steady ? 'and steady' : 'but NOT steady'} after ${warmUp.seconds.toFixed(0)} s (${warmUp.windows.map((w) => w.toFixed(0)).join(', ')} req/s)`);
      }
      const steadyRate = new Map([...warmUps].map(([instance, warmUp]) => [instance, warmUp.windows[warmUp.windows.length - 1] ?? 0]));
      if (!options.sideBySideOnly(size)) {
        const series = await measureRounds(loaded, targets, steadyRate, connection.pid, options.rounds, (instance, run) => log(describeRun(instance, run)));
        for (const [instance, measured] of series) {
          results.measurements.push({
            ...measured,
            size,
            query: query.name,
            instance: instance.label,
            server: instance.server,
            warmUp: warmUps.get(instance)!,
            ...(instance.server === 'ours' ? { statements: statements[query.name] } : {}),
          });
          log(
            `  ${query.name.padEnd(26)} ${instance.label.padEnd(6)} ${measured.requestsPerSecond.value.toFixed(0).padStart(6)} req/s ±${measured.requestsPerSecond.spreadPercent.toFixed(0)}%` +
              `  API ${measured.apiCpuMs.value.toFixed(3)} ms/req ±${measured.apiCpuMs.spreadPercent.toFixed(0)}%  neo4j ${measured.neo4jCpuMs.value.toFixed(3)} ms/req` +
              `${measured.fixedRateP50 ? `  p50 @${options.rounds.fixedRate}/s ${measured.fixedRateP50.value.toFixed(2)} ms ±${measured.fixedRateP50.spreadPercent.toFixed(0)}%` : ''}  errors ${measured.errors}`,
          );
        }
      }
      if (options.sideBySideQueries.includes(query.name)) (results.sideBySide ??= []).push(...(await sideBySideOfOurs(size, query.name, loaded, targets, options.rounds)));
      save();
    }
    return Object.values(agreement).every(Boolean);
  } finally {
    await Promise.all(instances.map(stopInstance));
  }
}

async function main(): Promise<void> {
  // --report=bench/results/<file>.json writes RESULTS.md again from a run's figures (after a change to the report), measuring nothing;
  // --report=<a>.json,<b>.json from several runs of the same settings (a run of some sizes or queries completing another).
  const report = process.argv.find((arg) => arg.startsWith('--report='))?.slice('--report='.length);
  if (report) {
    const files = report.split(',');
    const merged = mergeResults(files.map((file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as BenchResults));
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), renderResults(merged, files.map((file) => `results/${basename(file)}`)));
    log(`wrote bench/RESULTS.md from ${files.join(', ')}`);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      pinning: loadCore === null ? 'nothing pinned' : `the load generator on core ${loadCore} (BENCH_LOAD_CORE), the servers and Neo4j unpinned`,
      loadAverageAtStart: loadAverage(),
    },
    settings: { ...options.rounds, warmUp: options.warmUp, twinQueries: options.twinQueries },
    sizes: [],
    measurements: [],
  };
  const { rounds, warmUp } = options;
  log(
    `bench: sizes ${options.sizes.join(', ')}; ${rounds.connections} connections; warm-up until 3 windows of ${warmUp.windowSeconds} s agree within ${warmUp.tolerancePercent} %; ` +
      `${rounds.rounds} interleaved rounds of ${rounds.seconds} s, then ${rounds.fixedRateSeconds} s at ${rounds.fixedRate} req/s; ${results.machine.pinning}; load average ${results.machine.loadAverageAtStart}`,
  );
  // A file per run (2026-12-02T1740.json), so that a second run of the day keeps the first; written after each
  // query, so that a run stopped part-way keeps what it measured.
  const name = `${results.date.slice(0, 13)}${results.date.slice(14, 16)}.json`;
  const save = () => {
    if (options.smoke) return;
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', name), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), renderResults(results, [`results/${name}`]));
  };
  let agreed = true;
  try {
    for (const size of options.sizes) agreed = (await benchSize(size, options, results, save)) && agreed;
  } finally {
    await stopBenchNeo4j();
  }
  if (!options.smoke) {
    log(`\nwrote bench/results/${name} and bench/RESULTS.md`);
  } else {
    const failed = results.measurements.filter((m) => m.requestsPerSecond.value === 0 || m.errors > 0);
    if (failed.length > 0) {
      log(`smoke: ${failed.map((m) => `${m.instance}/${m.query}`).join(', ')} answered nothing or with errors under load`);
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
