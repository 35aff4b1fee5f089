import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { localNeo4jPaths, startLocalNeo4j } from '../src/localNeo4j';
import { runningServerPid } from '../src/localNeo4j/serverProcess';
import { processCpuMs } from './processCpu';

/**
 * npm run bench:cost: what the fields of the cost model really cost, measured
 * as CPU time per request (the API's Node process plus Neo4j's JVM, from
 * /proc) on the curated graph, the API started as `npm start` starts it.
 *
 * The cost model's unit is one resolved field. From requests that return many
 * plain fields it derives the CPU one field costs, after the cost of the
 * smallest request (the base). A field that does more work than it returns is
 * asked 15 times over in one request, under aliases, and compared with 15
 * aliased lookups, so that its price stands well clear of the base and of the
 * machine's noise: its price is the CPU beyond those, per field, in fields,
 * less the fields it returns. Probes are interleaved round by round; the
 * spread of each over the rounds is reported, and one above ±15 % is marked
 * to be rerun.
 */

interface Probe {
  name: string;
  query: string;
  /** Root fields of the request: 1, or 15 aliased copies of the probed field. */
  roots: number;
  /** How many times the probed field is evaluated. */
  times: number;
}

const ROOT = resolve(__dirname, '..', '..');
const ROUNDS = Number(process.env.COST_ROUNDS ?? 7);
/** Requests per probe and round: enough that each sample holds at least this much CPU. */
const SAMPLE_CPU_MS = Number(process.env.COST_SAMPLE_CPU_MS ?? 800);
const ALIASED = 15;
/** --probes=<regular expression>: only the probes whose names match (the base and the plain ones are always measured). */
const ONLY = (() => {
  const pattern = process.argv.find((arg) => arg.startsWith('--probes='))?.slice('--probes='.length);
  return pattern ? new RegExp(pattern) : null;
})();
const log = (line: string) => process.stdout.write(`${line}\n`);

const single = (name: string, query: string): Probe => ({ name, query: `{ ${query} }`, roots: 1, times: 1 });
const aliased = (name: string, field: string): Probe => ({
  name,
  query: `{ ${Array.from({ length: ALIASED }, (_, i) => `f${i}: ${field}`).join(' ')} }`,
  roots: ALIASED,
  times: ALIASED,
});

const LOOKUP = 'mission(id: "tianwen-2") { id }';
const BASE = single('base', LOOKUP);
const BASE_ALIASED = aliased(`base x${ALIASED}`, LOOKUP);

const PLAIN: Probe[] = [
  single('plain: missions', 'missions(first: 100) { nodes { id name status launchDate endDate kinds aliases summary } }'),
  single('plain: events', 'events(first: 100) { nodes { id name type date datePrecision planned description } }'),
  single('plain: nested', 'missions(first: 100) { nodes { id agencies { id name abbreviation } targets { id name kind } } }'),
  single('plain: targets', 'targets(first: 100) { nodes { id name kind missions(first: 50) { id name } } }'),
];

/** Fields priced at their output only, measured to see whether one of them hides work of its own. */
const OTHERS: Probe[] = [
  ...['mars', 'a', 'hayabsa', "kamo'oalewa"].map((text) => aliased(`search "${text}" first 10`, `search(text: "${text}", first: 10) { score }`)),
  aliased('search "a" first 100', 'search(text: "a", first: 100) { score }'),
  aliased('stats', 'stats { missions agencies targets events relationships missionsByAgency(first: 100) { count } missionsByTargetKind { count } missionsByDecade { count } missionsByStatus { count } }'),
  aliased('totalCount of all events', 'events(first: 1) { totalCount }'),
  aliased('missions sharing a target with galileo', 'missions(where: { sharesTargetWith: "galileo" }, first: 1) { totalCount }'),
];

/**
 * A filter's conditions are tested on every candidate of the list: six conditions true of most
 * missions (so that none cuts the others short), against the same list unfiltered.
 */
const FILTER_CONDITIONS = 6;
const FILTERS: Probe[] = [
  aliased('filter: none', 'missions(first: 1) { totalCount }'),
  aliased(
    `filter: ${FILTER_CONDITIONS} conditions`,
    'missions(first: 1, where: { target: "sun", text: "a", kind: ORBITER, launchedAfter: "1950-01-01", launchedBefore: "2100-01-01", targetKind: PLANET }) { totalCount }',
  ),
];

const related = (id: string, first = 5): Probe => single(`related ${id} first ${first}`, `relatedMissions(id: "${id}", first: ${first}) { score }`);

/** The neighbourhood's work does not depend on what is selected: `truncated` alone costs it all. */
const NEIGHBOURHOOD: Probe[] = ['sun', 'earth', 'moon', 'nasa'].flatMap((id) =>
  [1, 2, 3].flatMap((depth) =>
    [100, 500].map((limit) => aliased(`neighborhood ${id} depth ${depth} limit ${limit}`, `neighborhood(id: "${id}", depth: ${depth}, limit: ${limit}) { truncated }`)),
  ),
);

const PATHS: Probe[] = [
  ['ace-l1-entered-service', 'argomoon-operations-complete'],
  ['luna-1', 'europa-clipper'],
  ['kamooalewa', 'equuleus-comet-imaging'],
].flatMap(([from, to]) =>
  [2, 8].map((hops) => aliased(`shortestPath ${from} -> ${to} maxHops ${hops}`, `shortestPath(from: "${from}", to: "${to}", maxHops: ${hops}) { length }`)),
);

/** Every key of every object in the answer: the fields a request resolved. */
function countFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFields(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce((sum: number, item) => sum + 1 + countFields(item), 0);
}

async function ask(url: string, probe: Probe): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: probe.query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${probe.name}: ${body.errors[0].message}`);
  return body.data;
}

async function startApi(neo4jUri: string, user: string, password: string): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['dist/src/index.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PORT: '0',
      METRICS_PORT: 'off',
      NEO4J_URI: neo4jUri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      // The probes measure the fields themselves: no limit or budget of the API may refuse them.
      QUERY_MAX_COST: '100000000',
      TX_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '120000',
      RATE_LIMIT_PER_SECOND: '0',
      MAX_COST_IN_FLIGHT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg?.startsWith('missiongraph listening')) done(`http://127.0.0.1:${entry.port}/graphql`);
      }
    });
    child.once('exit', (code) => fail(new Error(`the API exited with ${code}`)));
  });
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

async function missionIds(url: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($after: String) { missions(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', variables: { after } }),
    });
    const { data } = (await response.json()) as { data: { missions: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    ids.push(...data.missions.nodes.map((node) => node.id));
    if (!data.missions.pageInfo.hasNextPage) return ids;
    after = data.missions.pageInfo.endCursor;
  }
}

/**
 * related's work depends on the mission (how many missions share its targets
 * and agencies): every mission is asked ten times, and the five costliest are
 * the probes, the costliest also with a first of 100, and the field over the
 * first 20 missions.
 */
async function costliestRelated(url: string, apiPid: number, neo4jPid: number): Promise<Probe[]> {
  const costs: [string, number][] = [];
  for (const id of await missionIds(url)) {
    await ask(url, related(id));
    const before = processCpuMs(apiPid) + processCpuMs(neo4jPid);
    for (let i = 0; i < 10; i += 1) await ask(url, related(id));
    costs.push([id, processCpuMs(apiPid) + processCpuMs(neo4jPid) - before]);
  }
  costs.sort((a, b) => b[1] - a[1]);
  log(`related, costliest missions: ${costs.slice(0, 5).map(([id, ms]) => `${id} ${(ms / 10).toFixed(1)} ms`).join(', ')}; ` +
    `median mission ${(costs[Math.floor(costs.length / 2)][1] / 10).toFixed(1)} ms`);
  const top = costs.slice(0, 5).map(([id]) => id);
  return [
    ...top.map((id) => related(id)),
    related(top[0], 100),
    { name: 'Mission.related over the first 20 missions', query: '{ missions(first: 20) { nodes { related(first: 5) { score } } } }', roots: 1, times: 20 },
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

interface Result {
  probe: Probe;
  fields: number;
  requests: number;
  /** CPU ms per request, one per round. */
  node: number[];
  neo4j: number[];
}

async function main(): Promise<void> {
  const neo4j = await startLocalNeo4j({ log });
  const neo4jPid = runningServerPid(localNeo4jPaths());
  if (neo4jPid === undefined) throw new Error('The local Neo4j left no pid file.');
  const api = await startApi(neo4j.uri, neo4j.user, neo4j.password);
  try {
    const chosen = (probe: Probe) => !ONLY || ONLY.test(probe.name) || probe.name.startsWith('plain');
    const related = ONLY && !ONLY.test('related') ? [] : await costliestRelated(api.url, api.pid, neo4jPid);
    const probes = [BASE, BASE_ALIASED, ...[...PLAIN, ...OTHERS, ...FILTERS, ...related, ...NEIGHBOURHOOD, ...PATHS].filter(chosen)];
    const results: Result[] = [];
    for (const probe of probes) {
      const fields = countFields(await ask(api.url, probe));
      const before = processCpuMs(api.pid) + processCpuMs(neo4jPid);
      for (let i = 0; i < 30; i += 1) await ask(api.url, probe);
      const perRequest = (processCpuMs(api.pid) + processCpuMs(neo4jPid) - before) / 30;
      results.push({ probe, fields, requests: Math.max(5, Math.ceil(SAMPLE_CPU_MS / perRequest)), node: [], neo4j: [] });
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const result of results) {
        const [node0, db0] = [processCpuMs(api.pid), processCpuMs(neo4jPid)];
        for (let i = 0; i < result.requests; i += 1) await ask(api.url, result.probe);
        result.node.push((processCpuMs(api.pid) - node0) / result.requests);
        result.neo4j.push((processCpuMs(neo4jPid) - db0) / result.requests);
      }
      log(`round ${round + 1} of ${ROUNDS} done`);
    }
    report(results);
  } finally {
    api.stop();
  }
}

function report(results: Result[]): void {
  const total = (result: Result) => result.node.map((node, i) => node + result.neo4j[i]);
  const spread = (values: number[]) => (50 * (Math.max(...values) - Math.min(...values))) / mean(values);
  const find = (probe: Probe) => results.find((result) => result.probe === probe)!;
  const [base, baseAliased] = [find(BASE), find(BASE_ALIASED)];
  const ms = (result: Result) => median(total(result));
  const plain = results.filter((result) => result.probe.name.startsWith('plain'));
  const microsPerField = median(plain.map((result) => ((ms(result) - ms(base)) * 1000) / (result.fields - base.fields)));
  const statement = ((ms(baseAliased) - ms(base)) * 1000) / microsPerField / (ALIASED - 1) - 2;
  log(`\none resolved field: ${microsPerField.toFixed(2)} µs CPU (median of the plain probes)`);
  log(`a request: ${ms(base).toFixed(2)} ms CPU; a root field's statement: ${Math.round(statement)} fields; the rest of a request: ${Math.round((ms(base) * 1000) / microsPerField - statement - 2)} fields\n`);
  log('probe | fields | node ms | neo4j ms | total ms | spread | price per field, in fields');
  log('---|---:|---:|---:|---:|---:|---:');
  const [unfiltered, filtered] = FILTERS.map((probe) => results.find((result) => result.probe === probe));
  if (unfiltered && filtered) {
    const perCondition = ((ms(filtered) - ms(unfiltered)) * 1000) / microsPerField / ALIASED / FILTER_CONDITIONS;
    log(`one condition of a filter over the missions: ${Math.round(perCondition)} fields\n`);
  }
  for (const result of results) {
    // The same number of lookups, as the base of a probe: what it costs beyond them is the probed fields' own.
    const reference = result.probe.roots === 1 ? base : baseAliased;
    const beyond = ((ms(result) - ms(reference)) * 1000) / microsPerField - (result.fields - reference.fields);
    const flag = spread(total(result)) > 15 ? ' rerun' : '';
    log(
      `${result.probe.name} | ${result.fields} | ${median(result.node).toFixed(2)} | ${median(result.neo4j).toFixed(2)} | ${ms(result).toFixed(2)} | ` +
        `±${spread(total(result)).toFixed(1)} %${flag} | ${Math.round(beyond / result.probe.times)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
