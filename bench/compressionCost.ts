import { join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import type { ContentEncoding } from '../src/http/acceptEncoding';
import { compress, COMPRESSION_THRESHOLD_BYTES } from '../src/http/compressedAnswer';
import { runBenchTool, stopBenchRun } from './entry';
import { queryInputs, requestBody } from './agreement';
import { loadBenchGraph, reuseBenchGraph } from './benchNeo4j';
import { figureOf } from './figures';
import { QUERY_MIX } from './queries';
import { Instance, instanceUrl, portBase, startInstance, stopInstance, stopOnSignals, waitUntilAnswering } from './servers';
import { generateGraph } from './synthetic';

/**
 * npm run bench:compression -- [--size=100000] [--rounds=5]: what compressing
 * ours' answers costs, answer by answer. Ours is started on the synthetic graph
 * and asked each query of the mix once; each answer over the threshold is then
 * compressed here, in this one process, with the server's own settings
 * (src/http/compressedAnswer.ts), 5,000 times per round after a warm-up, once ours has stopped, and
 * the CPU time per compression (process.cpuUsage) is printed with its spread,
 * beside the answer's size raw and compressed. Measured in one process doing
 * nothing else, this figure moves far less with the machine's load than a whole
 * server's CPU per request does; bench:compare with --candidate-header=accept-encoding:br
 * measures the same cost inside the server, under that noise.
 */

const ROOT = projectRoot();
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const log = (line: string) => process.stdout.write(`${line}\n`);
const ENCODINGS: ContentEncoding[] = ['br', 'gzip'];
const PER_ROUND = 5000;

/** CPU microseconds per compression of body, one figure per round. */
async function cpuPerCompression(encoding: ContentEncoding, body: Buffer, rounds: number): Promise<number[]> {
  // An answer up to 64 kB is compressed on the event loop, synchronously, and is timed so: no promise per compression.
  const sync = !(compress(encoding, body) instanceof Promise);
  const compressions = async (count: number) => {
    if (sync) for (let i = 0; i < count; i += 1) compress(encoding, body);
    else for (let i = 0; i < count; i += 1) await compress(encoding, body);
  };
  await compressions(PER_ROUND);
  const perRound: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.cpuUsage();
    await compressions(PER_ROUND);
    const used = process.cpuUsage(start);
    perRound.push((used.user + used.system) / PER_ROUND);
  }
  return perRound;
}

async function main(): Promise<void> {
  const size = Number(option('size', '100000'));
  const rounds = Number(option('rounds', '5'));
  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  const connection = (await reuseBenchGraph(graph, log)) ?? (await loadBenchGraph(graph, log)).connection;
  const ours: Instance = { label: 'ours', server: 'ours', port: portBase() + 1, root: ROOT };
  stopOnSignals([ours]);
  try {
    const inputs = await queryInputs(connection, graph.sample);
    await startInstance(ours, connection);
    const answers: [string, Buffer][] = [];
    for (const query of QUERY_MIX) {
      const url = instanceUrl(ours, query.name);
      const body = requestBody(ours, query, inputs);
      await waitUntilAnswering(ours, url, body);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      // An error's body would be timed as if it were the answer.
      if (!response.ok || (JSON.parse(text) as { errors?: unknown }).errors) throw new Error(`${query.name}: ours answered ${response.status} ${text.slice(0, 200)}`);
      answers.push([query.name, Buffer.from(text)]);
    }
    // Timed once the server is gone, so that nothing else of the bench runs beside the compressions.
    await stopInstance(ours);
    log(`\nCPU per compression at ${size.toLocaleString('en')} nodes, ${rounds} rounds of ${PER_ROUND.toLocaleString('en')}, mean ± spread:\n`);
    log('| query | answer | brotli | µs CPU | gzip | µs CPU |');
    log('|---|---:|---:|---:|---:|---:|');
    for (const [name, answer] of answers) {
      if (answer.length <= COMPRESSION_THRESHOLD_BYTES) {
        log(`| ${name} | ${answer.length.toLocaleString('en')} B | sent as it is (at most ${COMPRESSION_THRESHOLD_BYTES.toLocaleString('en')} B) | | | |`);
        continue;
      }
      const cells: string[] = [];
      for (const encoding of ENCODINGS) {
        const compressed = await compress(encoding, answer);
        const cpu = figureOf(await cpuPerCompression(encoding, answer, rounds));
        cells.push(`${compressed.length.toLocaleString('en')} B`, `${cpu.value.toFixed(1)} ±${cpu.spreadPercent.toFixed(0)}%`);
      }
      log(`| ${name} | ${answer.length.toLocaleString('en')} B | ${cells.join(' | ')} |`);
    }
  } finally {
    await stopBenchRun([ours]);
  }
}

runBenchTool(main);
