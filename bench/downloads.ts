import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDataset } from '../src/dataset/datasetBuild';
import { createDriver } from '../src/db/driver';
import { GraphDatabase } from '../src/db/graphDatabase';
import { BENCH_NEO4J_ENV, loadBenchGraph, stopBenchNeo4j } from './benchNeo4j';
import { generateGraph, SyntheticGraph } from './synthetic';

/**
 * npm run bench:downloads -- [size] [runs]: builds every download of the
 * synthetic graph of that size (1,000,000 nodes by default) `runs` times, as
 * the server does once per version, and prints per run the time, the CPU time
 * of this process and of Neo4j (from /proc), this process's peak RSS, and
 * each file's size raw, in brotli and in gzip.
 */
const ROOT = resolve(__dirname, '..', '..');
const TICKS_PER_SECOND = 100;

/** A process's user + system CPU seconds, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const spread = (values: number[]) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return `${mean.toFixed(1)} ±${(((Math.max(...values) - Math.min(...values)) / mean) * 100 / 2).toFixed(0)}%`;
};

async function main(size: number, runs: number): Promise<void> {
  const graph = await generateGraph(size, join(ROOT, 'bench', 'data', String(size)));
  // One snapshot is one read transaction of minutes at this size; the bench server's 30 s cap is for the load runs.
  BENCH_NEO4J_ENV.LOCAL_NEO4J_TRANSACTION_TIMEOUT = '60m';
  // The bench Neo4j is stopped however the run ends, a load that failed half-way too.
  try {
    await buildRuns(graph, runs);
  } finally {
    await stopBenchNeo4j();
  }
}

async function buildRuns(graph: SyntheticGraph, runs: number): Promise<void> {
  const { connection } = await loadBenchGraph(graph, (line) => console.log(`  [neo4j] ${line}`));
  const db = new GraphDatabase(createDriver(connection), { database: 'neo4j', transactionTimeoutMs: 3_600_000 });
  const root = await mkdtemp(join(tmpdir(), 'missiongraph-bench-downloads-'));
  const wall: number[] = [];
  const ourCpu: number[] = [];
  const neo4jCpu: number[] = [];
  try {
    console.log(`${graph.nodes} nodes, ${graph.relationships} relationships`);
    for (let run = 1; run <= runs; run += 1) {
      const [ours, theirs] = [cpuSeconds(process.pid), cpuSeconds(connection.pid)];
      const built = await buildDataset(db, root, 'https://missiongraph.example');
      wall.push(built.ms / 1000);
      ourCpu.push(cpuSeconds(process.pid) - ours);
      neo4jCpu.push(cpuSeconds(connection.pid) - theirs);
      console.log(`run ${run}: ${(built.ms / 1000).toFixed(1)} s, CPU ours ${ourCpu.at(-1)!.toFixed(1)} s, Neo4j ${neo4jCpu.at(-1)!.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
      if (run === runs) {
        for (const file of built.files) {
          console.log(`  ${file.name.padEnd(22)} ${String(file.bytes).padStart(12)} raw  ${String(file.encoded.br).padStart(11)} br  ${String(file.encoded.gzip).padStart(11)} gzip`);
        }
      }
      await rm(built.dir, { recursive: true, force: true });
    }
    console.log(`build: ${spread(wall)} s; CPU ours ${spread(ourCpu)} s, Neo4j ${spread(neo4jCpu)} s (mean ± half the range, ${runs} runs)`);
  } finally {
    await rm(root, { recursive: true, force: true });
    await db.close();
  }
}

const [size = '1000000', runs = '2'] = process.argv.slice(2);
main(Number(size), Number(runs)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
