import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startLocalNeo4j } from '../src/localNeo4j';
import { HOSTILE_REQUESTS, HostileRequest, send, WORST_CASE } from '../tests/support/hostileRequests';

/**
 * npm run bench:stalls [-- --root=<checkout>]: how long each hostile request of
 * the attack suite stalls the API's event loop, as the API's own
 * monitorEventLoopDelay saw it (nodejs_eventloop_lag_max_seconds, which each
 * scrape of /metrics resets), with the status it got and how long it took.
 * --root runs another checkout's API (an older commit, to compare), as
 * `npm start` runs it in production, against the local Neo4j.
 */

const root = resolve(process.argv.find((arg) => arg.startsWith('--root='))?.slice(7) ?? resolve(__dirname, '..', '..'));
const REPEATS = Number(process.env.STALL_REPEATS ?? 3);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function startApi(neo4j: { uri: string; user: string; password: string }): Promise<{ url: string; metricsUrl: string; stop(): void }> {
  const child = spawn(process.execPath, ['-r', resolve(root, 'tests/support/tsRegister.js'), resolve(root, 'src/index.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '0', METRICS_PORT: '0', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let api: string | undefined;
  let metrics: string | undefined;
  await new Promise<void>((done, fail) => {
    let pending = '';
    let waiting = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; port?: number; metricsPort?: number };
        if (entry.msg?.startsWith('missiongraph listening')) api = `http://127.0.0.1:${entry.port}`;
        if (entry.metricsPort) metrics = `http://127.0.0.1:${entry.metricsPort}`;
      }
      // A checkout from before the metrics listener serves /metrics on the API's own port.
      if (api && !waiting) {
        waiting = true;
        setTimeout(done, 1000);
      }
    });
    child.once('exit', (code) => fail(new Error(`the API exited with ${code}`)));
  });
  return { url: api!, metricsUrl: metrics ?? api!, stop: () => child.kill('SIGTERM') };
}

/** The longest event-loop delay since the last scrape, in ms, less the monitor's 10 ms resolution. */
async function stallSinceLastScrape(metricsUrl: string): Promise<number> {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  const seconds = Number(/^nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text)?.[1]);
  return Math.max(0, seconds * 1000 - 10);
}

async function measure(api: { url: string; metricsUrl: string }, request: HostileRequest): Promise<string> {
  const stalls: number[] = [];
  let outcome = '';
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    await stallSinceLastScrape(api.metricsUrl);
    const started = Date.now();
    const answer = await send(api.url, request);
    const ms = Date.now() - started;
    // The answer may come before the work ends (a deadline): wait for what is still running.
    await new Promise((done) => setTimeout(done, 200));
    stalls.push(await stallSinceLastScrape(api.metricsUrl));
    outcome = `${answer.status} ${answer.body?.errors?.[0]?.extensions?.code ?? 'ok'} | ${ms} ms`;
  }
  return `${request.name} | ${outcome} | ${Math.max(...stalls).toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const neo4j = await startLocalNeo4j({ log });
  const api = await startApi(neo4j);
  try {
    log(`\n${root}: the longest event-loop stall of ${REPEATS} tries of each\n`);
    log('request | answer | time | stall');
    log('---|---|---:|---:');
    for (const request of [...HOSTILE_REQUESTS, WORST_CASE]) log(await measure(api, request));
    await stallSinceLastScrape(api.metricsUrl);
    const started = Date.now();
    const flood = await Promise.all(Array.from({ length: 50 }, () => send(api.url, WORST_CASE)));
    const outcomes = flood.reduce<Record<string, number>>((counts, answer) => {
      const outcome = `${answer.status} ${answer.body?.errors?.[0]?.extensions?.code ?? 'ok'}`;
      return { ...counts, [outcome]: (counts[outcome] ?? 0) + 1 };
    }, {});
    log(`50 at once of the last | ${JSON.stringify(outcomes)} | ${Date.now() - started} ms | ${(await stallSinceLastScrape(api.metricsUrl)).toFixed(0)} ms`);
  } finally {
    api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
