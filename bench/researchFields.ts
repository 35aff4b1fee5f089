import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureOf, median, steadyEnough, Figure } from './figures';
import { pacedLoad } from './pacedLoad';

/**
 * The service time of each field the research surface added (issue 13), on
 * the curated graph as `npm start` serves it: each query sent at a fixed rate
 * well under saturation (so p50 is the time to answer, not a queue), after a
 * warm-up, in interleaved rounds; a p50 spreading over ±15 % across rounds is
 * measured again. Writes bench/results/research-fields.json and prints a table.
 *
 * npm run bench:fields   (PORT picks the server's port; the local Neo4j as npm start uses it)
 */

const FIELDS: Record<string, string> = {
  'MissionWhere OR': '{ missions(where: { OR: [{ agency: "jaxa" }, { agency: "isro" }] }) { totalCount nodes { id } } }',
  'MissionWhere NOT + statusIn': '{ missions(where: { NOT: { statusIn: [FAILED, LOST] }, launchedAfter: "1970-01-01" }) { totalCount } }',
  'MissionWhere targetExactly': '{ missions(where: { targetExactly: "sun" }) { totalCount nodes { id } } }',
  'MissionWhere hasEvent': '{ missions(where: { hasEvent: { type: LANDING, target: "mars", outcome: SUCCESS } }) { totalCount nodes { id } } }',
  'unknown id (BAD_USER_INPUT)': '{ missions(where: { agency: "NASA" }) { totalCount } }',
  'Target.eventsConnection': '{ target(id: "earth") { eventsConnection(first: 100) { totalCount pageInfo { endCursor } nodes { id } } } }',
  'three-level nested pages': '{ agencies(first: 5) { nodes { missionsConnection(first: 5) { totalCount nodes { eventsConnection(first: 5) { totalCount nodes { id } } } } } } }',
  'stats.missionsBy [DECADE, TARGET]': '{ stats { missionsBy(dimensions: [DECADE, TARGET]) { keys count } } }',
  'Mission.lineage': '{ mission(id: "hayabusa2") { lineage { id } } }',
  'Agency.partners': '{ agency(id: "esa") { partners(first: 10) { entity { id } count } } }',
  'Mission.samplesReturnedFrom': '{ missions(first: 100) { nodes { id samplesReturnedFrom { id } } } }',
  'searchConnection': '{ searchConnection(text: "bepi colombo", first: 10) { totalCount nodes { score entity { id } } } }',
  'search in Chinese': '{ search(text: "天问二号", first: 5) { entity { id } } }',
};

const RATE = 20;
const WARM_SECONDS = 5;
const ROUND_SECONDS = 5;
const ROUNDS = 4;
const MAX_ATTEMPTS = 2;

function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(__dirname, '..', 'src', 'index.js')], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_PER_SECOND: '0', METRICS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ready, failed) => {
    const wait = setInterval(async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) {
          clearInterval(wait);
          ready(server);
        }
      } catch {
        /* not listening yet */
      }
    }, 500);
    server.once('exit', (code) => {
      clearInterval(wait);
      failed(new Error(`the server exited with ${code}`));
    });
  });
}

async function main() {
  const port = Number(process.env.PORT ?? 4000);
  const url = `http://127.0.0.1:${port}/graphql`;
  const server = await startServer(port);
  try {
    const bodies = Object.fromEntries(Object.entries(FIELDS).map(([name, query]) => [name, JSON.stringify({ query })]));
    for (const [name, body] of Object.entries(bodies)) {
      const answer = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { errors?: unknown };
      const expectError = name.includes('BAD_USER_INPUT');
      if (Boolean(answer.errors) !== expectError) throw new Error(`${name} answered ${JSON.stringify(answer).slice(0, 300)}`);
      await pacedLoad(url, body, RATE, WARM_SECONDS);
    }
    const figures: Record<string, Figure> = {};
    let pending = Object.keys(bodies);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && pending.length > 0; attempt += 1) {
      const runs: Record<string, number[]> = Object.fromEntries(pending.map((name) => [name, []]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const name of pending) {
          // The BAD_USER_INPUT answer is a 200 with errors; pacedLoad counts any 200.
          const result = await pacedLoad(url, bodies[name], RATE, ROUND_SECONDS);
          runs[name].push(result.p50);
        }
      }
      for (const name of pending) figures[name] = figureOf(runs[name], median);
      pending = pending.filter((name) => !steadyEnough(figures[name]));
    }
    // The spread is the furthest round's p50 from their median, as bench/figures.ts reckons it for the harness.
    const lines = Object.entries(figures).map(([name, f]) => `| ${name} | ${f.value.toFixed(2)} | ${f.spreadPercent.toFixed(0)} % | ${steadyEnough(f) ? '' : 'over 15 %'} |`);
    process.stdout.write(`| field | p50 ms at ${RATE} req/s | spread | |\n|---|---:|---:|---|\n${lines.join('\n')}\n`);
    writeFileSync(join(__dirname, '..', '..', 'bench', 'results', 'research-fields.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), rate: RATE, figures }, null, 2)}\n`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
