import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { MALLOC_ARENAS } from '../src/app/memory';
import { portInUse } from '../src/localNeo4j/bolt';
import type { BenchConnection } from './benchNeo4j';
import { ServerName } from './queries';

/**
 * The servers under test, each a process of its own on the bench Neo4j. An
 * instance is one running server: "ours" twice (an A/A pair of the same build
 * gives the noise floor) or ours built from another checkout (bench:compare).
 * Ports are BENCH_PORT_BASE + 1, 2, … (4300 by default), so two harnesses on
 * one machine (CI and a developer) need only different bases.
 */

export interface Instance {
  /** As the tables name it: ours, ours′ (the A/A twin), peer, floor, or a build's name. */
  label: string;
  server: ServerName;
  port: number;
  /** The checkout whose dist/ this instance runs. */
  root: string;
  child?: ChildProcess;
}

/** The second process of ours' build: the A/A pair, whose ratio to ours is the noise floor. */
export const TWIN = 'ours′';

export function portBase(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.BENCH_PORT_BASE?.trim();
  if (!given) return 4300;
  const base = Number(given);
  if (!Number.isInteger(base) || base < 1024 || base > 65_000) throw new Error(`BENCH_PORT_BASE must be a port number from 1024 to 65000, not "${given}".`);
  return base;
}

const SCRIPTS: Record<ServerName, string> = { ours: 'dist/src/index.js', peer: 'dist/bench/peer/server.js', floor: 'dist/bench/floor/server.js' };

export function instanceUrl(instance: Instance, queryName: string): string {
  return instance.server === 'floor' ? `http://127.0.0.1:${instance.port}/${queryName}` : `http://127.0.0.1:${instance.port}/graphql`;
}

export async function startInstance(instance: Instance, connection: BenchConnection, nodeFlags: string[] = []): Promise<void> {
  if (await portInUse(instance.port)) throw new Error(`Port ${instance.port} (for ${instance.label}) is in use: stop what listens there, or set BENCH_PORT_BASE.`);
  const env = {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    PORT: String(instance.port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // Ours shows extensions.cypher only to a request that asks with x-debug-cypher; the load never asks.
    DEBUG_CYPHER: 'true',
    // The load generator is one client asking at machine speed: a per-client budget would measure itself, not the server.
    RATE_LIMIT_PER_SECOND: '0',
    // Ours' metrics listener would take the same port in every instance.
    METRICS_PORT: '0',
    // As npm start sets it for ours (src/app/memory.ts); the peer and the floor keep glibc's default.
    ...(instance.server === 'ours' ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? String(MALLOC_ARENAS) } : {}),
  };
  const child = spawn(process.execPath, [...nodeFlags, join(instance.root, SCRIPTS[instance.server])], { cwd: instance.root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${instance.label}] ${chunk}`));
  instance.child = child;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the instance answers HTTP at all (any status below 500) and,
 * for ours, until it has built the downloads it builds once at start-up
 * (src/dataset/datasetDownloads.ts): that build is start-up work, not load,
 * and at 100,000 nodes it takes about 20 s of the API's CPU and 1,000,000
 * nodes about 150 s, which would otherwise fall into the warm-up or the
 * measured rounds and their CPU and RSS.
 */
export async function waitUntilAnswering(instance: Instance, url: string, body: string): Promise<void> {
  await waitForHttp(instance, url, body);
  if (instance.server === 'ours') await waitForDownloads(instance);
}

const DOWNLOADS = JSON.stringify({ query: '{ dataset { downloads { url } } }' });

async function waitForDownloads(instance: Instance): Promise<void> {
  const url = `http://127.0.0.1:${instance.port}/graphql`;
  for (let attempt = 0; attempt < 900; attempt += 1) {
    if (instance.child?.exitCode !== null) throw new Error(`${instance.label} exited with ${instance.child?.exitCode} before it built its downloads`);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: DOWNLOADS, signal: AbortSignal.timeout(60_000) });
    const answer = (await response.json()) as { data?: { dataset: { downloads: unknown[] } } };
    if (answer.data && answer.data.dataset.downloads.length > 0) return;
    // Each ask waits up to 4 s for the build before it answers with none.
    await sleep(1000);
  }
  throw new Error(`${instance.label} had not built its downloads after 75 minutes`);
}

async function waitForHttp(instance: Instance, url: string, body: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (instance.child?.exitCode !== null) throw new Error(`${instance.label} exited with ${instance.child?.exitCode} before it answered`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${instance.label} did not answer within 150 s`);
}

export function stopInstance(instance: Instance): Promise<void> {
  const child = instance.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** A harness stopped with Ctrl-C or SIGTERM stops its servers first, so none is left holding a port. */
export function stopOnSignals(instances: Instance[]): void {
  const stop = (signal: NodeJS.Signals) => {
    void Promise.all(instances.map(stopInstance)).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
