import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import { runBenchTool, stopBenchRun } from './entry';
import { queryInputs, requestBody } from './agreement';
import { loadBenchGraph, reuseBenchGraph } from './benchNeo4j';
import { saturate } from './load';
import { watchProcesses } from './processStats';
import { CpuProfile, summarizeProfile } from './profileSummary';
import { QUERY_MIX, ServerName } from './queries';
import { Instance, instanceUrl, portBase, startInstance, stopInstance, stopOnSignals, waitUntilAnswering } from './servers';
import { warmUntilSteady } from './steadyState';
import { generateGraph } from './synthetic';

/**
 * npm run bench:profile: where ours spends its CPU under load. Ours runs under
 * V8's sampling profiler (1 ms between samples by default: finer sampling
 * adds about 40 % CPU and so distorts what it measures) on the synthetic
 * graph, is warmed until steady, then loaded for --seconds; only the samples
 * of that window are summarised, by package or folder and by function. The
 * CPU time per request of the same window is printed beside it (it is higher
 * than without the profiler: compare shares, not milliseconds, across profiles).
 *
 * npm run bench:profile -- --query=missionWithRelationships --size=100000 --seconds=20 --interval-us=1000
 * The .cpuprofile stays in bench/profiles/ (ignored) for Chrome's DevTools.
 */

const ROOT = projectRoot();
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const size = Number(option('size', '10000'));
  const query = QUERY_MIX.find((q) => q.name === option('query', 'pointLookup'));
  if (!query) throw new Error(`--query must be one of ${QUERY_MIX.map((q) => q.name).join(', ')}`);
  const seconds = Number(option('seconds', '20'));
  const intervalUs = Number(option('interval-us', '1000'));
  const connections = Number(option('connections', '8'));
  const directory = join(ROOT, 'bench', 'profiles');
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profileDir = join(directory, `${query.name}-${stamp}`);

  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  const connection = (await reuseBenchGraph(graph, log)) ?? (await loadBenchGraph(graph, log)).connection;
  // --server=floor profiles the floor instead: what the same driver and HTTP cost with nothing else.
  const server = option('server', 'ours') as ServerName;
  const ours: Instance = { label: server, server, port: portBase() + 1, root: ROOT };
  stopOnSignals([ours]);
  try {
    const inputs = await queryInputs(connection, graph.sample);
    const target = { url: instanceUrl(ours, query.name), body: requestBody(ours, query, inputs) };
    await startInstance(ours, connection, ['--cpu-prof', `--cpu-prof-interval=${intervalUs}`, `--cpu-prof-dir=${profileDir}`]);
    await waitUntilAnswering(ours, target.url, target.body);
    const warm = await warmUntilSteady(target, { connections, windowSeconds: 5, tolerancePercent: 5, maxSeconds: 150 });
    log(`warm ${warm.steady ? 'and steady' : 'but NOT steady'} after ${warm.seconds.toFixed(0)} s: ${warm.windows.map((w) => w.toFixed(0)).join(', ')} req/s`);

    const from = process.hrtime.bigint();
    const stop = watchProcesses([ours.child!.pid!, connection.pid]);
    const result = await saturate(target, connections, seconds);
    const used = stop();
    const to = process.hrtime.bigint();
    await stopInstance(ours);

    const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`ours wrote no profile in ${profileDir}`);
    const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
    const summary = summarizeProfile(profile, Number(from / 1000n), Number(to / 1000n), ROOT);
    log(
      `\n${query.name} at ${size.toLocaleString('en')} nodes, ${connections} connections, ${seconds} s: ${result.requestsPerSecond.toFixed(0)} req/s under the profiler, ` +
        `API ${((used.cpuSeconds[0] * 1000) / result.requests).toFixed(3)} ms CPU per request, Neo4j ${((used.cpuSeconds[1] * 1000) / result.requests).toFixed(3)}; ` +
        `${summary.samples} samples every ${intervalUs} µs (idle left out)\n`,
    );
    log('| where | share |\n|---|---:|');
    for (const share of summary.categories) log(`| ${share.name} | ${share.percent.toFixed(1)} % |`);
    log('\n| function (self time) | share |\n|---|---:|');
    for (const share of summary.functions) log(`| ${share.name.replace(/\|/g, '\\|')} | ${share.percent.toFixed(1)} % |`);
    log(`\nprofile: ${join(profileDir, file)}`);
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  } finally {
    await stopBenchRun([ours]);
  }
}

runBenchTool(main);
