import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * How long a committed change takes to reach a subscriber, and what following
 * the log costs an idle process. Two API processes on one Neo4j (NEO4J_URI,
 * NEO4J_PASSWORD, WRITE_TOKENS with an editor token in BENCH_EDITOR_TOKEN):
 * writes go to the first at `--rate` per second; one subscriber listens on
 * the writer (woken by its own writes) and one on the other (which only polls,
 * as a process behind a load balancer does). Latency is arrival minus
 * committedAt, both read from this machine's clock.
 *
 *   node dist/bench/subscriptionLatency.js --rate=100 --seconds=10 --runs=3
 */

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const RATE = Number(options.rate ?? 100);
const SECONDS = Number(options.seconds ?? 10);
const RUNS = Number(options.runs ?? 3);
const TOKEN = process.env.BENCH_EDITOR_TOKEN ?? '';
const PORTS = [Number(options.port ?? 7901), Number(options.port ?? 7901) + 1];
const SUBSCRIBE = 'subscription { changes { committedAt } }';
const log = (line: string) => process.stdout.write(`${line}\n`);

function startApi(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../src/index.js')], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '100' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const ready = async () => {
      for (let tries = 0; tries < 600; tries += 1) {
        const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
        if (answer?.ok) return resolve(child);
        await new Promise((wait) => setTimeout(wait, 250));
      }
      reject(new Error(`the API on ${port} did not become ready`));
    };
    void ready();
  });
}

/** CPU seconds (user + system) the process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

function listen(port: number, latencies: number[]) {
  const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  client.subscribe<{ changes: { committedAt: string } }>(
    { query: SUBSCRIBE },
    { next: (event) => latencies.push(Date.now() - Date.parse(event.data!.changes.committedAt)), error: (error) => log(`subscription failed: ${JSON.stringify(error)}`), complete: () => {} },
  );
  return client;
}

/** Writes refused (a lock wait past TX_TIMEOUT_MS when the machine cannot keep up): counted, not fatal. */
let failedWrites = 0;

async function write(port: number, id: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id } }', variables: { input: { id, name: id, sources: ['https://example.org/bench'] } } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) failedWrites += 1;
}

/** `count` upserts of new agencies at RATE per second, each sent on time whether or not the last has answered. */
async function writeAtRate(port: number, run: number, count: number): Promise<number> {
  const started = Date.now();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < count; i += 1) {
    const due = started + (i * 1000) / RATE;
    if (due > Date.now()) await new Promise((wait) => setTimeout(wait, due - Date.now()));
    writes.push(write(port, `test-bench-live-${run}-${i}`));
  }
  await Promise.all(writes);
  return count / ((Date.now() - started) / 1000);
}

async function idleCpu(pid: number, port: number, subscribers: number): Promise<number> {
  const clients = Array.from({ length: subscribers }, () => listen(port, []));
  await new Promise((wait) => setTimeout(wait, 2000));
  const before = cpuSeconds(pid);
  await new Promise((wait) => setTimeout(wait, 10_000));
  const used = cpuSeconds(pid) - before;
  await Promise.all(clients.map((client) => client.dispose()));
  return (used / 10) * 1000;
}

async function main(): Promise<void> {
  const [writer, reader] = await Promise.all(PORTS.map(startApi));
  try {
    const count = RATE * SECONDS;
    // Warm-up: the first writes and subscriptions plan their statements.
    await writeAtRate(PORTS[0], 0, RATE * 2);
    for (let run = 1; run <= RUNS; run += 1) {
      const same: number[] = [];
      const other: number[] = [];
      const clients = [listen(PORTS[0], same), listen(PORTS[1], other)];
      await new Promise((wait) => setTimeout(wait, 1000));
      failedWrites = 0;
      const achieved = await writeAtRate(PORTS[0], run, count);
      log(`run ${run}: ${count} writes at ${achieved.toFixed(1)}/s achieved, ${failedWrites} refused`);
      await new Promise((wait) => setTimeout(wait, 2000));
      await Promise.all(clients.map((client) => client.dispose()));
      for (const [name, latencies] of [['writer process', same], ['other process', other]] as const) {
        const sorted = [...latencies].sort((a, b) => a - b);
        log(`run ${run} ${name}: ${sorted.length}/${count} delivered, p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms`);
      }
    }
    for (let run = 1; run <= RUNS; run += 1) {
      const [none, one, hundred] = [await idleCpu(reader.pid!, PORTS[1], 0), await idleCpu(reader.pid!, PORTS[1], 1), await idleCpu(reader.pid!, PORTS[1], 100)];
      log(`run ${run} idle CPU of the other process, ms per s: no subscriber ${none.toFixed(1)}, 1 subscriber ${one.toFixed(1)}, 100 subscribers ${hundred.toFixed(1)}`);
    }
  } finally {
    writer.kill('SIGTERM');
    reader.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
