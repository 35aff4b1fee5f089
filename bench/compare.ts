import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import { runBenchTool, stopBenchRun } from './entry';
import { queryInputs, requestBody } from './agreement';
import { loadBenchGraph, reuseBenchGraph } from './benchNeo4j';
import { Figure, figureOf, median } from './figures';
import { Target } from './load';
import { QUERY_MIX } from './queries';
import { measureRounds, Series } from './rounds';
import { Instance, instanceUrl, portBase, startInstance, stopOnSignals, waitUntilAnswering } from './servers';
import { warmUntilSteady } from './steadyState';
import { generateGraph } from './synthetic';

/**
 * npm run bench:compare -- --against=<git revision> [--candidate=<git revision>]: the effect of a change on
 * ours' CPU per request, against the noise. The revision is built once into
 * <tmpdir>/missiongraph-builds/<commit> (outside
 * the checkout, so that neither tsc nor jest sees its files); two processes of it (base and base′, the A/A pair)
 * and one of this checkout, or of --candidate built the same way, are warmed until steady and measured in
 * interleaved rounds on the same graph. candidate/base is the change's effect;
 * base′/base is how far apart two identical builds land on this machine now.
 *
 * Options: --queries=pointLookup,missionWithRelationships --size=10000 --rounds=4
 * --duration=15 --warm-up-max=150 --header=accept-encoding:br (sent by the load to all three, e.g. to measure a change
 * with compression on) --candidate-header=accept-encoding:br (sent to the candidate only: with this checkout as the
 * candidate, candidate/base is then the CPU that compressing the answers costs).
 */

const ROOT = projectRoot();
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The revision's sources, compiled, sharing this checkout's node_modules. */
function buildRevision(revision: string): string {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), 'missiongraph-builds', commit.slice(0, 12));
  if (existsSync(join(dir, 'dist', 'src', 'index.js'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  log(`building ${revision} (${commit.slice(0, 12)}) in ${dir}`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

const shown = (series: Series) =>
  `${series.apiCpuMs.value.toFixed(3)} ms ±${series.apiCpuMs.spreadPercent.toFixed(0)}%  (${series.requestsPerSecond.value.toFixed(0)} req/s ±${series.requestsPerSecond.spreadPercent.toFixed(0)}%, neo4j ${series.neo4jCpuMs.value.toFixed(3)} ms)`;

async function main(): Promise<void> {
  const against = option('against', 'HEAD');
  const size = Number(option('size', '10000'));
  const queries = option('queries', 'pointLookup,missionWithRelationships').split(',');
  const header = option('header', '');
  const candidateHeader = option('candidate-header', '');
  const connections = Number(option('connections', '8'));
  const rounds = { connections, rounds: Number(option('rounds', '4')), seconds: Number(option('duration', '15')), fixedRate: 100, fixedRateSeconds: 0, reruns: 0 };

  const baseRoot = buildRevision(against);
  const candidateRoot = process.argv.some((arg) => arg.startsWith('--candidate=')) ? buildRevision(option('candidate', 'HEAD')) : ROOT;
  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  const connection = (await reuseBenchGraph(graph, log)) ?? (await loadBenchGraph(graph, log)).connection;
  const port = portBase();
  const instances: Instance[] = [
    { label: 'base', server: 'ours', port: port + 1, root: baseRoot },
    { label: 'base′', server: 'ours', port: port + 2, root: baseRoot },
    { label: 'candidate', server: 'ours', port: port + 3, root: candidateRoot },
  ];
  const headerOf = (text: string) => (text ? { [text.slice(0, text.indexOf(':'))]: text.slice(text.indexOf(':') + 1) } : {});
  const headersOf = (instance: Instance) => ({ ...headerOf(header), ...(instance.label === 'candidate' ? headerOf(candidateHeader) : {}) });
  stopOnSignals(instances);
  try {
    const inputs = await queryInputs(connection, graph.sample);
    for (const instance of instances) await startInstance(instance, connection);
    for (const name of queries) {
      const query = QUERY_MIX.find((q) => q.name === name);
      if (!query) throw new Error(`unknown query ${name}`);
      const targets = new Map<Instance, Target>(instances.map((i) => [i, { url: instanceUrl(i, name), body: requestBody(i, query, inputs), headers: headersOf(i) }]));
      for (const instance of instances) {
        await waitUntilAnswering(instance, targets.get(instance)!.url, targets.get(instance)!.body);
        const warm = await warmUntilSteady(targets.get(instance)!, { connections, windowSeconds: 5, tolerancePercent: 5, maxSeconds: Number(option('warm-up-max', '150')) });
        log(`  ${name} ${instance.label}: warm ${warm.steady ? 'and steady' : 'but NOT steady'} after ${warm.seconds.toFixed(0)} s`);
      }
      // No fixed-rate runs here: CPU per request is what a change is judged by.
      const series = await measureRounds(instances, targets, new Map(), connection.pid, rounds, (instance, run) =>
        log(`    ${instance.label.padEnd(9)} ${run.apiCpuMs.toFixed(3)} ms/req  ${run.requestsPerSecond.toFixed(0)} req/s  load ${run.loadAverage}`),
      );
      const [base, twin, candidate] = instances.map((i) => series.get(i)!);
      log(`\n${name} at ${size.toLocaleString('en')} nodes${header ? ` with ${header}` : ''}${candidateHeader ? ` (the candidate's load with ${candidateHeader})` : ''}, API CPU per request:`);
      log(`  base       ${shown(base)}`);
      log(`  base′      ${shown(twin)}`);
      log(`  candidate  ${shown(candidate)}`);
      // Ratios within each round, where both ran minutes apart at most: drift cancels out of them.
      const paired = (other: Series) => figureOf(other.runs.map((run, i) => run.apiCpuMs / base.runs[i].apiCpuMs));
      const ratio = (f: Figure) => `${f.value.toFixed(3)} ±${f.spreadPercent.toFixed(0)}%, median ${median(f.runs).toFixed(3)} (rounds ${f.runs.map((r) => r.toFixed(2)).join(', ')})`;
      log(`  candidate/base ${ratio(paired(candidate))}`);
      log(`  A/A base′/base ${ratio(paired(twin))}\n`);
    }
  } finally {
    await stopBenchRun(instances);
  }
}

runBenchTool(main);
