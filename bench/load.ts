import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import type { PacedResult } from './pacedLoad';

/**
 * The load generators, each in a process of its own: autocannon for
 * saturation (a fixed number of connections, each sending its next request as
 * soon as the last one answered) and pacedLoad for a fixed rate. Only they may
 * be pinned to a core (BENCH_LOAD_CORE): pinning Neo4j and the servers to one
 * core cost ×1.35–1.5 in CPU per request, so those run wherever the kernel puts them.
 */

export interface Target {
  url: string;
  body: string;
  headers?: Record<string, string>;
}

export interface SaturationResult {
  requestsPerSecond: number;
  /** Answers received during the run (autocannon's requests.total). */
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** The core the load generator is pinned to, or null: BENCH_LOAD_CORE, when taskset and that core exist. */
export const loadCore: string | null = (() => {
  const core = process.env.BENCH_LOAD_CORE?.trim();
  if (!core) return null;
  if (!/^\d+$/.test(core) || Number(core) >= cpus().length) throw new Error(`BENCH_LOAD_CORE must be a core number below ${cpus().length}, not "${core}".`);
  if (spawnSync('taskset', ['-c', core, 'true']).status !== 0) throw new Error('BENCH_LOAD_CORE needs taskset, which is missing or refused.');
  return core;
})();

function run(args: string[]): Promise<string> {
  const [command, argv] = loadCore === null ? [process.execPath, args] : ['taskset', ['-c', loadCore, process.execPath, ...args]];
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.once('error', fail);
    child.once('close', (code) => (code === 0 ? done(Buffer.concat(out).toString('utf8')) : fail(new Error(`${args[0]} exited with ${code}`))));
  });
}

export async function saturate(target: Target, connections: number, seconds: number): Promise<SaturationResult> {
  const headers = Object.entries({ 'content-type': 'application/json', ...target.headers }).flatMap(([name, value]) => ['--headers', `${name}=${value}`]);
  const out = await run([
    join(projectRoot(), 'node_modules', 'autocannon', 'autocannon.js'),
    '--json', '--connections', String(connections), '--duration', String(seconds), '--method', 'POST', ...headers, '--body', target.body, target.url,
  ]);
  const result = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number };
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function paced(target: Target, rate: number, seconds: number): Promise<PacedResult> {
  const headers = Object.entries(target.headers ?? {}).map(([name, value]) => `${name}:${value}`);
  const out = await run([join(__dirname, 'pacedLoad.js'), target.url, target.body, String(rate), String(seconds), ...headers]);
  return JSON.parse(out) as PacedResult;
}
