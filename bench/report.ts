import { Figure, MAX_SPREAD_PERCENT } from './figures';
import { find, goals, pairedCpu } from './goals';
import type { BenchResults, Measurement } from './harness';
import type { SideBySide } from './sideBySide';
import { TWIN } from './servers';

/** bench/RESULTS.md from one run's results: the method, the goals, the A/A noise floor and the tables per size. */

/**
 * Several runs as one: a later run's figures for a size and query replace an
 * earlier's, its graph of a size replaces the earlier graph of that size, and
 * what each query of that size was found to answer (agreement, failures) is
 * kept per query, a later run's replacing an earlier's. A side-by-side pair
 * measured again is kept in replacedSideBySide, so the report can show every
 * run of it and not only the latest. The
 * runs must share their settings (rounds, durations, rate, warm-up): the
 * method text is written once.
 */
export function mergeResults(runs: BenchResults[]): BenchResults {
  const [first, ...later] = runs;
  const { twinQueries: _twins, ...settings } = first.settings;
  for (const run of later) {
    const { twinQueries: _other, ...theirs } = run.settings;
    if (JSON.stringify(theirs) !== JSON.stringify(settings)) throw new Error(`runs of different settings cannot be merged: ${JSON.stringify(settings)} and ${JSON.stringify(theirs)}`);
  }
  const merged: BenchResults = { ...first, sizes: [...first.sizes], measurements: [...first.measurements], runs: [first.date] };
  // Which run measured each side-by-side pair now in merged.sideBySide.
  const dateOf = new Map<SideBySide, string>((first.sideBySide ?? []).map((m) => [m, first.date]));
  for (const run of later) {
    const replaced = new Set(run.measurements.map((m) => `${m.size}/${m.query}`));
    merged.measurements = [...merged.measurements.filter((m) => !replaced.has(`${m.size}/${m.query}`)), ...run.measurements];
    const measuredAgain = (m: SideBySide) => run.sideBySide?.some((theirs) => theirs.size === m.size && theirs.query === m.query) ?? false;
    merged.replacedSideBySide = [...(merged.replacedSideBySide ?? []), ...(merged.sideBySide ?? []).filter(measuredAgain).map((m) => ({ ...m, date: dateOf.get(m) ?? merged.date }))];
    merged.sideBySide = [...(merged.sideBySide ?? []).filter((m) => !measuredAgain(m)), ...(run.sideBySide ?? [])];
    for (const m of run.sideBySide ?? []) dateOf.set(m, run.date);
    merged.sizes = [
      ...merged.sizes.filter((s) => !run.sizes.some((theirs) => theirs.size === s.size)),
      ...run.sizes.map((theirs) => {
        const earlier = merged.sizes.find((s) => s.size === theirs.size);
        return earlier ? { ...theirs, agreement: { ...earlier.agreement, ...theirs.agreement }, failures: { ...earlier.failures, ...theirs.failures } } : theirs;
      }),
    ];
    merged.settings = { ...merged.settings, twinQueries: [...new Set([...merged.settings.twinQueries, ...run.settings.twinQueries])] };
    merged.runs!.push(run.date);
    merged.date = run.date;
  }
  return merged;
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '–');
/** A figure and its spread; one over the limit is struck through: it is not used for a goal. */
const figure = (f: Figure | null | undefined, digits = 0) => {
  if (!f) return '–';
  const text = `${fixed(f.value, digits)} ±${fixed(f.spreadPercent)}%`;
  return f.spreadPercent > MAX_SPREAD_PERCENT ? `~~${text}~~` : text;
};

function methodText(results: BenchResults): string[] {
  const { machine, settings } = results;
  const { warmUp } = settings;
  return [
    `Machine: ${machine.cores} × ${machine.cpus}, ${machine.memoryGb} GiB, Node ${machine.node}, Neo4j 5.26 Community (heap 2 GB, page cache 2 GB), ` +
      `one-minute load average ${machine.loadAverageAtStart} when the ${(results.runs?.length ?? 1) > 1 ? 'first ' : ''}run began. Pinning: ${machine.pinning}. Neo4j and the servers are never pinned: ` +
      'on one shared core they cost another ×1.35–1.5 in CPU per request, and on this machine the other core is not ours to keep free anyway; ' +
      'CPU time per request, which the goals use, does not depend on which core a process ran on.',
    '',
    `Method: Neo4j is started once per size. Per query, each server is warmed with ${settings.connections} connections until three consecutive ` +
      `${warmUp.windowSeconds} s windows agree within ${warmUp.tolerancePercent} % (at most ${warmUp.maxSeconds} s), then measured in ${settings.rounds} interleaved rounds: ` +
      `each round runs every server once for ${settings.seconds} s at saturation (autocannon, ${settings.connections} connections), in an order rotated each round, ` +
      `then for ${settings.fixedRateSeconds} s at a fixed ${settings.fixedRate} req/s (an open loop, latency from the scheduled send, microsecond resolution), ` +
      `which is well under saturation, so its p50 is the service time and not a queue (a server below ${2 * settings.fixedRate} req/s at saturation skips it). ` +
      `A server whose figures spread more than ±${MAX_SPREAD_PERCENT}% runs a fresh set of rounds (up to ${settings.reruns} times); the discarded sets stay in the JSON.`,
    '',
    'Figures: **CPU ms/req** is the CPU time (user + system, all threads, from `/proc/<pid>/stat`) the process spent over a run divided by the requests ' +
      'answered in it, for the API process and for Neo4j; it is the figure the machine\'s noise disturbs least. req/s and CPU are the mean of the runs, ' +
      `± their spread (how far the furthest run lies from the mean, in percent of it; a spread over ±${MAX_SPREAD_PERCENT}% is struck through and not used for a goal); p50 and p99 at saturation are the ` +
      'medians of the runs in whole milliseconds (autocannon); p50 at the fixed rate is the median of the runs. RSS is the highest resident size of the server during the runs ' +
      '(each of ours is measured only once it has built its start-up downloads). A goal comparing two servers is decided on their ratio paired by round when that ' +
      `is within ±${MAX_SPREAD_PERCENT}%, else on their two means when both are.`,
    '',
    `Servers: **ours** (the server \`npm start\` runs, NODE_ENV=production) and **${TWIN}**, a second process of the same build: the A/A pair, whose ratio is ` +
      'the noise floor of any comparison; **peer** (`@neo4j/graphql` 7 on Apollo Server 5, bench/peer, with an index for every lookup its queries make); ' +
      '**floor** (one hand-written Cypher statement per query behind a bare Node HTTP handler, bench/floor). All use neo4j-driver 6 on the same Neo4j and graph.',
    '',
  ];
}

function sizeTables(results: BenchResults, size: number): string[] {
  const lines = [`## ${size.toLocaleString('en')} nodes`, ''];
  const queries = [...new Set(results.measurements.filter((m) => m.size === size).map((m) => m.query))];
  const at = (query: string) => (['ours', 'peer', 'floor'] as const).map((instance) => find(results, size, query, instance));
  const failed = (m?: Measurement) => (m ? undefined : 'fails¹');
  lines.push('| query | req/s ours | req/s peer | req/s floor | ours/peer | API CPU ms/req ours | peer | floor | floor/ours CPU | Neo4j CPU ms/req ours / peer / floor |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const query of queries) {
    const [ours, peer, floor] = at(query);
    lines.push(
      `| ${query} | ${figure(ours?.requestsPerSecond)} | ${failed(peer) ?? figure(peer?.requestsPerSecond)} | ${figure(floor?.requestsPerSecond)} | ` +
        `${ratio(ours?.requestsPerSecond.value, peer?.requestsPerSecond.value)} | ${figure(ours?.apiCpuMs, 3)} | ${failed(peer) ?? figure(peer?.apiCpuMs, 3)} | ${figure(floor?.apiCpuMs, 3)} | ` +
        `${ratio(floor?.apiCpuMs.value, ours?.apiCpuMs.value)} | ${[ours, peer, floor].map((m) => fixed(m?.neo4jCpuMs.value ?? Number.NaN, 3)).join(' / ')} |`,
    );
  }
  lines.push('', `| query | p50 at ${results.settings.fixedRate} req/s ours | peer | floor | p99 at ${results.settings.fixedRate} req/s ours / peer / floor | p50 / p99 at saturation ours | peer | floor | errors | RSS MB ours / peer / floor |`);
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const query of queries) {
    const [ours, peer, floor] = at(query);
    const saturated = (m?: Measurement) => (m ? `${m.p50} / ${m.p99}` : '–');
    lines.push(
      `| ${query} | ${figure(ours?.fixedRateP50, 2)} | ${figure(peer?.fixedRateP50, 2)} | ${figure(floor?.fixedRateP50, 2)} | ` +
        `${[ours, peer, floor].map((m) => fixed(m?.fixedRateP99 ?? Number.NaN, 2)).join(' / ')} | ${saturated(ours)} | ${saturated(peer)} | ${saturated(floor)} | ` +
        `${[ours, peer, floor].reduce((sum, m) => sum + (m?.errors ?? 0), 0)} | ${[ours, peer, floor].map((m) => fixed(m?.maxRssMb ?? Number.NaN)).join(' / ')} |`,
    );
  }
  const report = results.sizes.find((s) => s.size === size);
  const failures = Object.entries(report?.failures ?? {}).flatMap(([query, byServer]) => Object.entries(byServer).map(([server, why]) => `${server} on ${query}: ${why}`));
  if (failures.length > 0) lines.push('', `¹ Could not answer, so not loaded: ${failures.join('; ')}`);
  lines.push('', '"–" at the fixed rate: that server stays under twice the rate at saturation, so a fixed-rate run would measure its queue.', '');
  return lines;
}

function twinTable(results: BenchResults): string[] {
  const pairs = results.measurements.filter((m) => m.instance === TWIN);
  if (pairs.length === 0) return [];
  const lines = ['## The A/A pair (noise floor)', '', `Two processes of the same build, measured in the same interleaved rounds. A difference between other servers smaller than this one is noise.`, ''];
  lines.push(`| nodes | query | req/s ours | req/s ${TWIN} | ${TWIN}/ours req/s | API CPU ms/req ours | ${TWIN} | ${TWIN}/ours CPU |`, '|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const twin of pairs) {
    const ours = find(results, twin.size, twin.query, 'ours');
    lines.push(
      `| ${twin.size.toLocaleString('en')} | ${twin.query} | ${figure(ours?.requestsPerSecond)} | ${figure(twin.requestsPerSecond)} | ${ratio(twin.requestsPerSecond.value, ours?.requestsPerSecond.value)} | ` +
        `${figure(ours?.apiCpuMs, 3)} | ${figure(twin.apiCpuMs, 3)} | ${ratio(twin.apiCpuMs.value, ours?.apiCpuMs.value)} |`,
    );
  }
  return [...lines, ''];
}

function pairedTable(results: BenchResults): string[] {
  const lines = ['## API CPU per request, paired by round', '', 'Each round\'s ratio, then their mean ± spread: the figure least moved by the load of the machine.', ''];
  lines.push(`| nodes | query | floor/ours | peer/ours | ${TWIN}/ours (A/A) | rounds floor/ours |`, '|---:|---|---:|---:|---:|---|');
  const keys = [...new Set(results.measurements.filter((m) => m.instance === 'ours').map((m) => `${m.size}|${m.query}`))];
  for (const key of keys) {
    const [size, query] = [Number(key.split('|')[0]), key.split('|')[1]];
    const ours = find(results, size, query, 'ours');
    const versus = (instance: string) => pairedCpu(find(results, size, query, instance), ours);
    const floor = versus('floor');
    lines.push(
      `| ${size.toLocaleString('en')} | ${query} | ${figure(floor, 2)} | ${figure(versus('peer'), 2)} | ${figure(versus(TWIN), 2)} | ${floor ? floor.runs.map((r) => r.toFixed(2)).join(', ') : '–'} |`,
    );
  }
  return [...lines, ''];
}

function sideBySideTable(results: BenchResults): string[] {
  const measured = results.sideBySide ?? [];
  if (measured.length === 0) return [];
  const lines = [
    '## API CPU per request, side by side',
    '',
    `Ours and one other server loaded at the same time (each with its own load generator and ${results.settings.connections} connections), one settling round, then ${results.settings.rounds} rounds of ` +
      `${results.settings.seconds} s (again, up to ${results.settings.reruns} times, when their ratio spreads over ±${MAX_SPREAD_PERCENT}%), each process's CPU read over the same seconds: whatever the machine does meanwhile falls on both at once and cancels out of ` +
      "their ratio. They share the cores and Neo4j, so only this ratio is used, not their req/s. The goal's CPU comparison is decided on it first.",
    '',
    '| nodes | query | other | other/ours CPU | rounds: ours / other ms per request |',
    '|---:|---|---|---:|---|',
  ];
  for (const pair of measured) {
    const rounds = pair.rounds.map((round) => `${round.apiCpuMs[0].toFixed(3)} / ${round.apiCpuMs[1].toFixed(3)}`).join(', ');
    lines.push(`| ${pair.size.toLocaleString('en')} | ${pair.query} | ${pair.b}${pair.b === TWIN ? ' (A/A)' : ''} | ${figure(pair.ratio, 2)} | ${rounds} |`);
  }
  const replaced = results.replacedSideBySide ?? [];
  if (replaced.length > 0) {
    lines.push(
      '',
      'Earlier runs of the same pairs, each of the build of its day, replaced above by the latest run and not used for a goal:',
      '',
      '| run | nodes | query | other | other/ours CPU |',
      '|---|---:|---|---|---:|',
    );
    const order = (p: SideBySide & { date: string }) => `${String(p.size).padStart(9, '0')} ${p.query} ${p.b} ${p.date}`;
    for (const pair of [...replaced].sort((x, y) => order(x).localeCompare(order(y)))) {
      lines.push(`| ${pair.date.slice(0, 16).replace('T', ' ')} | ${pair.size.toLocaleString('en')} | ${pair.query} | ${pair.b}${pair.b === TWIN ? ' (A/A)' : ''} | ${figure(pair.ratio, 2)} |`);
    }
  }
  return [...lines, ''];
}

export function renderResults(results: BenchResults, jsonPaths: string[]): string {
  const lines: string[] = ['# Benchmark results', ''];
  const links = jsonPaths.map((path) => `[${path}](${path})`).join(' and ');
  const when = (results.runs ?? [results.date]).map((date) => date.slice(0, 16).replace('T', ' ')).join(' and ');
  lines.push(`Written by \`npm run bench\` from ${jsonPaths.length > 1 ? 'runs' : 'a run'} of ${when} UTC; the raw figures, every run of every server, are in ${links}.`, '');
  lines.push(...methodText(results));
  lines.push('## Goals', '', '| goal | holds | measured |', '|---|---|---|');
  for (const check of goals(results)) lines.push(`| ${check.goal} | ${check.verdict === 'yes' ? 'yes' : `**${check.verdict}**`} | ${check.detail} |`);
  lines.push('');
  lines.push('## Graphs', '', '| nodes | relationships | missions | generate | neo4j-admin import | indexes online | answers agree |', '|---:|---:|---:|---:|---:|---:|---|');
  for (const size of results.sizes) {
    const agree = Object.entries(size.agreement);
    lines.push(
      `| ${size.nodes.toLocaleString('en')} | ${size.relationships.toLocaleString('en')} | ${size.missions.toLocaleString('en')} | ${fixed(size.generateSeconds, 1)} s | ` +
        `${fixed(size.importSeconds, 1)} s | ${fixed(size.indexSeconds, 1)} s | ${agree.every(([, same]) => same) ? `all ${agree.length} queries` : `**no**: ${agree.filter(([, s]) => !s).map(([q]) => q).join(', ')}`} |`,
    );
  }
  lines.push('', ...twinTable(results), ...pairedTable(results), ...sideBySideTable(results));
  for (const size of results.sizes) lines.push(...sizeTables(results, size.size));
  return `${lines.join('\n')}\n`;
}
