import type { BenchResults, Measurement } from './harness';

/** bench/RESULTS.md from one run's results: the tables per size, the load times and the goals. */

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function find(results: BenchResults, size: number, query: string, server: string): Measurement | undefined {
  return results.measurements.find((m) => m.size === size && m.query === query && m.server === server);
}

export interface GoalCheck {
  goal: string;
  holds: boolean;
  detail: string;
}

export function goals(results: BenchResults): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const sizes = results.sizes.map((s) => s.size);
  const queries = [...new Set(results.measurements.map((m) => m.query))];
  const mid = sizes.includes(100_000) ? 100_000 : sizes[Math.floor(sizes.length / 2)];
  const lows: string[] = [];
  for (const query of queries) {
    const ours = find(results, mid, query, 'ours');
    const peer = find(results, mid, query, 'peer');
    if (ours && !peer) continue; // the peer cannot answer it at all
    if (ours && peer && ours.requestsPerSecond < 1.5 * peer.requestsPerSecond) lows.push(`${query} ${ratio(ours.requestsPerSecond, peer.requestsPerSecond)}`);
  }
  checks.push({ goal: `ours ≥ 1.5 × the peer's req/s on every query at ${mid.toLocaleString('en')} nodes`, holds: lows.length === 0, detail: lows.length ? `below: ${lows.join(', ')}` : 'every query' });
  for (const query of ['pointLookup', 'missionWithRelationships']) {
    const ours = find(results, mid, query, 'ours');
    const floor = find(results, mid, query, 'floor');
    if (ours && floor) {
      const r = ours.requestsPerSecond / floor.requestsPerSecond;
      checks.push({ goal: `ours ≥ 0.8 × the floor on ${query} at ${mid.toLocaleString('en')} nodes`, holds: r >= 0.8, detail: ratio(ours.requestsPerSecond, floor.requestsPerSecond) });
    }
    const small = find(results, Math.min(...sizes), query, 'ours');
    const large = find(results, Math.max(...sizes), query, 'ours');
    if (small && large && small.size !== large.size) {
      checks.push({
        goal: `p50 of ${query} at ${large.size.toLocaleString('en')} nodes within 1.5 × its p50 at ${small.size.toLocaleString('en')}`,
        holds: large.p50 <= 1.5 * Math.max(small.p50, 1),
        detail: `${large.p50} ms vs ${small.p50} ms (autocannon reports whole milliseconds)`,
      });
    }
  }
  const ours = results.measurements.filter((m) => m.server === 'ours');
  const multi = ours.filter((m) => m.statements !== 1);
  checks.push({ goal: 'one Cypher statement per root field on every query of the mix', holds: multi.length === 0, detail: multi.length ? multi.map((m) => `${m.query}: ${m.statements}`).join(', ') : 'every query, every size' });
  const rss = Math.max(...ours.map((m) => m.maxRssMb));
  checks.push({ goal: 'ours under 250 MB RSS under load', holds: rss < 250, detail: `highest ${fixed(rss)} MB` });
  return checks;
}

export function renderResults(results: BenchResults, jsonPath: string): string {
  const lines: string[] = [];
  const { machine, settings } = results;
  lines.push('# Benchmark results', '');
  lines.push(`Written by \`npm run bench\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC; the raw figures are in [${jsonPath}](${jsonPath}).`, '');
  lines.push(
    `Machine: ${machine.cores} × ${machine.cpus}, ${machine.memoryGb} GiB, Node ${machine.node}, Neo4j 5.26 Community (heap 2 GB, page cache 2 GB). ` +
      `Pinning: ${machine.pinning}.`,
    '',
    `Load: autocannon, ${settings.connections} connections, one named operation with variables repeated. At each size every query runs on every ` +
      `server for ${settings.globalWarmUpSeconds} s first (the JVM and V8 compile their hot paths); then per query and server ${settings.warmUpSeconds} s warm-up and ` +
      `${settings.runs} runs of ${settings.durationSeconds} s. req/s is the mean of the runs and ± its spread (max − min over mean); ` +
      'p50 and p99 are the median of the runs, in milliseconds; RSS is the highest resident size of the server process during the runs.',
    '',
    'Servers: **ours** (the server `npm start` runs, NODE_ENV=production); **peer** (`@neo4j/graphql` 7 on Apollo Server 5, bench/peer); ' +
      '**floor** (one hand-written Cypher statement per query behind a bare Node HTTP handler, bench/floor). All three use neo4j-driver 6 on the same Neo4j and graph.',
    '',
  );
  lines.push('## Goals', '', '| goal | holds | measured |', '|---|---|---|');
  for (const check of goals(results)) lines.push(`| ${check.goal} | ${check.holds ? 'yes' : '**no**'} | ${check.detail} |`);
  lines.push('');
  lines.push('## Graphs', '', '| nodes | relationships | missions | generate | neo4j-admin import | indexes online | answers agree |', '|---:|---:|---:|---:|---:|---:|---|');
  for (const size of results.sizes) {
    const agree = Object.entries(size.agreement);
    lines.push(
      `| ${size.nodes.toLocaleString('en')} | ${size.relationships.toLocaleString('en')} | ${size.missions.toLocaleString('en')} | ${fixed(size.generateSeconds, 1)} s | ` +
        `${fixed(size.importSeconds, 1)} s | ${fixed(size.indexSeconds, 1)} s | ${agree.every(([, same]) => same) ? `all ${agree.length} queries` : `**no**: ${agree.filter(([, s]) => !s).map(([q]) => q).join(', ')}`} |`,
    );
  }
  lines.push('');
  for (const size of results.sizes) {
    lines.push(`## ${size.size.toLocaleString('en')} nodes`, '');
    lines.push('| query | ours req/s | peer req/s | floor req/s | ours/peer | ours/floor | p50 ours/peer/floor | p99 ours/peer/floor | errors | RSS ours/peer/floor MB |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const queries = [...new Set(results.measurements.filter((m) => m.size === size.size).map((m) => m.query))];
    for (const query of queries) {
      const [ours, peer, floor] = (['ours', 'peer', 'floor'] as const).map((server) => find(results, size.size, query, server));
      const rate = (m?: Measurement) => (m ? `${fixed(m.requestsPerSecond)} ±${fixed(m.spreadPercent)}%` : 'fails¹');
      const of = (m: Measurement | undefined, pick: (m: Measurement) => number | string) => (m ? pick(m) : '–');
      const r = (a?: Measurement, b?: Measurement) => (a && b ? ratio(a.requestsPerSecond, b.requestsPerSecond) : '–');
      lines.push(
        `| ${query} | ${rate(ours)} | ${rate(peer)} | ${rate(floor)} | ${r(ours, peer)} | ${r(ours, floor)} | ` +
          `${of(ours, (m) => m.p50)} / ${of(peer, (m) => m.p50)} / ${of(floor, (m) => m.p50)} | ${of(ours, (m) => m.p99)} / ${of(peer, (m) => m.p99)} / ${of(floor, (m) => m.p99)} | ` +
          `${[ours, peer, floor].reduce((sum, m) => sum + (m?.errors ?? 0), 0)} | ${of(ours, (m) => fixed(m.maxRssMb))} / ${of(peer, (m) => fixed(m.maxRssMb))} / ${of(floor, (m) => fixed(m.maxRssMb))} |`,
      );
    }
    const failed = Object.entries(size.failures ?? {}).flatMap(([query, byServer]) => Object.entries(byServer).map(([server, why]) => `${server} on ${query}: ${why}`));
    if (failed.length > 0) lines.push('', `¹ Could not answer, so not loaded: ${failed.join('; ')}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
