import { figureOf, median, rangePercent, spreadPercent, steadyEnough } from '../../bench/figures';
import type { BenchResults, Measurement } from '../../bench/harness';
import { mergeResults } from '../../bench/report';
import { CpuProfile, summarizeProfile } from '../../bench/profileSummary';
import { goals, pairedCpu } from '../../bench/goals';

describe('the benchmark figures', () => {
  it('spread is the furthest run from the centre, and a figure over ±15 % or from fewer than three runs is not steady', () => {
    expect(spreadPercent([90, 100, 110])).toBeCloseTo(10);
    expect(spreadPercent([90, 90, 120])).toBeCloseTo(20);
    expect(figureOf([90, 100, 130], median).spreadPercent).toBeCloseTo(30);
    expect(rangePercent([90, 100, 110])).toBeCloseTo(20);
    expect(steadyEnough(figureOf([88, 100, 112]))).toBe(true);
    expect(steadyEnough(figureOf([95, 100, 105]))).toBe(true);
    expect(steadyEnough(figureOf([80, 100, 120]))).toBe(false);
    expect(steadyEnough(figureOf([100, 100]))).toBe(false);
  });
});

describe('CPU per request paired by round', () => {
  const runsOf = (apiCpuMs: number[]) => apiCpuMs.map((cpu) => ({ apiCpuMs: cpu }));
  const measured = (apiCpuMs: number[], discarded: number[][] = []) => ({ runs: runsOf(apiCpuMs), discarded: discarded.map(runsOf) }) as unknown as Measurement;

  it('is the mean of the ratios within each round, so a round that was slow for both does not move it', () => {
    const paired = pairedCpu(measured([0.5, 1.0, 0.6]), measured([1.0, 2.0, 1.2]))!;
    expect(paired.runs).toEqual([0.5, 0.5, 0.5]);
    expect(paired.value).toBeCloseTo(0.5);
    expect(paired.spreadPercent).toBeCloseTo(0);
  });

  it('pairs only runs of the same set of rounds: a server rerun for its spread is paired on the set it ran beside the other', () => {
    // a ran a second set (its first spread too much); b settled in the first, so a's first set is the one beside b's.
    const rerun = measured([0.5, 0.5, 0.5], [[0.3, 0.9, 0.6]]);
    expect(pairedCpu(rerun, measured([0.6, 1.8, 1.2]))!.runs).toEqual([0.5, 0.5, 0.5]);
    expect(pairedCpu(measured([0.6, 1.8, 1.2]), rerun)!.runs).toEqual([2, 2, 2]);
    // Both rerun: their second sets ran together.
    expect(pairedCpu(rerun, measured([2, 2, 2], [[9, 9, 9]]))!.runs).toEqual([0.25, 0.25, 0.25]);
  });
});

describe('the goals', () => {
  // Two servers whose means swing with the machine (±40 %) while, round by round, one costs 0.9 of the other.
  const server = (instance: string, apiCpuMs: number[], requestsPerSecond: number[]) =>
    ({
      size: 100_000, query: 'pointLookup', instance, server: instance, statements: 1, maxRssMb: 200, discarded: [],
      runs: apiCpuMs.map((cpu, i) => ({ apiCpuMs: cpu, requestsPerSecond: requestsPerSecond[i] })),
      apiCpuMs: figureOf(apiCpuMs), requestsPerSecond: figureOf(requestsPerSecond), neo4jCpuMs: figureOf([1, 1, 1]), fixedRateP50: null,
    }) as unknown as Measurement;
  const results = (floorShare: number) =>
    ({
      sizes: [{ size: 100_000 }],
      settings: { fixedRate: 100 },
      measurements: [server('ours', [1.0, 1.2, 1.4], [1000, 850, 700]), server('floor', [floorShare, 1.2 * floorShare, 1.4 * floorShare], [1100, 930, 770])],
    }) as never;
  const cpuGoal = (floorShare: number) => goals(results(floorShare)).find((check) => check.goal.startsWith("ours' API CPU per request ≤ 1.25 × the floor's on pointLookup"))!;

  it('decides the CPU goal on the ratio paired by round when the means are too noisy to', () => {
    expect(cpuGoal(0.9)).toMatchObject({ verdict: 'yes', detail: expect.stringContaining('floor/ours paired by round 0.90 ±0%') });
    expect(cpuGoal(0.7)).toMatchObject({ verdict: 'no', detail: expect.stringContaining('floor/ours paired by round 0.70 ±0%') });
  });

  it('decides the CPU goal side by side first, where the two servers ran at the same moments', () => {
    const together = (floorOverOurs: number[]) => ({
      ...(results(0.7) as object),
      sideBySide: [{ size: 100_000, query: 'pointLookup', a: 'ours', b: 'floor', rounds: [], ratio: figureOf(floorOverOurs) }],
    });
    const check = (floorOverOurs: number[]) => goals(together(floorOverOurs) as never).find((c) => c.goal.startsWith("ours' API CPU per request ≤ 1.25 × the floor's on pointLookup"))!;
    expect(check([0.85, 0.86, 0.84])).toMatchObject({ verdict: 'yes', detail: expect.stringContaining('floor/ours side by side 0.85 ±1%') });
    // A noisy side-by-side ratio leaves the decision to the interleaved pairs (0.70 here).
    expect(check([0.5, 0.9, 1.3])).toMatchObject({ verdict: 'no', detail: expect.stringContaining('floor/ours paired by round 0.70') });
  });

  it('decides the req/s goal on a noisy ratio only when every round clears the bar, or misses it, by more than the spread limit', () => {
    const versusPeer = (ours: number[], peer: number[]) => {
      const measured = { sizes: [{ size: 100_000 }], settings: { fixedRate: 100 }, measurements: [server('ours', [1, 1, 1], ours), server('peer', [5, 5, 5], peer)] } as never;
      return goals(measured).find((check) => check.goal.startsWith("ours ≥ 1.5 × the peer's req/s"))!.detail.split('; ')[0];
    };
    // A peer whose requests time out: under 1 req/s, its ratio spreads far over ±15 %, and every round is hundreds of times past 1.5.
    expect(versusPeer([1200, 790, 770], [0.1, 0.5, 0.8])).toMatch(/^pointLookup: ours\/peer paired by round spreads ±\d+%, but every round is ≥ 962\.\d\d×/);
    expect(versusPeer([100, 80, 120], [200, 300, 150])).toMatch(/every round is ≤ 0\.80×, under 1\.5×/);
    // One round near the bar: the noise could turn it, so the goal waits for steadier figures.
    expect(versusPeer([1000, 1000, 1000], [100, 600, 50])).toMatch(/spread over ±15%/);
  });

  it('leaves a goal unmeasured when neither the pairs nor the means are steady', () => {
    const noisy = results(0.9) as unknown as { measurements: Measurement[] };
    noisy.measurements[1] = server('floor', [0.9, 0.6, 1.6], [1100, 930, 770]);
    const check = goals(noisy as never).find((c) => c.goal.startsWith("ours' API CPU per request ≤ 1.25 × the floor's on pointLookup"))!;
    expect(check.verdict).toBe('unmeasured');
  });
});

describe('several runs as one report', () => {
  const settings = { connections: 8, rounds: 4, seconds: 15, fixedRate: 100, fixedRateSeconds: 8, reruns: 1, warmUp: { connections: 8, windowSeconds: 5, tolerancePercent: 5, maxSeconds: 150 } };
  const run = (date: string, sizes: number[], measured: [number, string, string, number][], twinQueries: string[] = []) =>
    ({
      date, settings: { ...settings, twinQueries }, sizes: sizes.map((size) => ({ size })),
      measurements: measured.map(([size, query, instance, rps]) => ({ size, query, instance, requestsPerSecond: { value: rps } })),
    }) as unknown as BenchResults;

  it("keeps every size and query, a later run's figures replacing an earlier's of the same size and query", () => {
    const merged = mergeResults([
      run('2026-12-03T13:39:00Z', [100_000, 10_000], [[100_000, 'pointLookup', 'ours', 1], [100_000, 'pointLookup', 'floor', 2], [10_000, 'pointLookup', 'ours', 3]], ['pointLookup']),
      run('2026-12-03T15:00:00Z', [10_000], [[10_000, 'pointLookup', 'ours', 4]]),
    ]);
    expect(merged.sizes.map((s) => s.size)).toEqual([100_000, 10_000]);
    expect(merged.measurements.map((m) => [m.size, m.instance, m.requestsPerSecond.value])).toEqual([[100_000, 'ours', 1], [100_000, 'floor', 2], [10_000, 'ours', 4]]);
    expect(merged.runs).toEqual(['2026-12-03T13:39:00Z', '2026-12-03T15:00:00Z']);
    expect(merged.settings.twinQueries).toEqual(['pointLookup']);
  });

  it('keeps what each query of a size answered, from whichever run measured that query', () => {
    const earlier = run('2026-12-03T13:39:00Z', [100_000], []);
    Object.assign(earlier.sizes[0], { agreement: { pointLookup: true, twoHops: false }, failures: { pointLookup: {}, twoHops: { peer: 'timeout' } } });
    const later = run('2026-12-03T15:00:00Z', [100_000], []);
    Object.assign(later.sizes[0], { agreement: { twoHops: true, sharedTarget: true }, failures: { twoHops: {}, sharedTarget: {} } });
    const [size] = mergeResults([earlier, later]).sizes;
    expect(size.agreement).toEqual({ pointLookup: true, twoHops: true, sharedTarget: true });
    expect(size.failures).toEqual({ pointLookup: {}, twoHops: {}, sharedTarget: {} });
  });

  it('keeps a side-by-side pair measured again, with the run that measured it, beside the later one that replaces it', () => {
    const pair = (query: string, value: number) => ({ size: 100_000, query, a: 'ours', b: 'floor', rounds: [], ratio: { value, spreadPercent: 5, runs: [value] } });
    const earlier = Object.assign(run('2026-12-03T13:39:00Z', [100_000], []), { sideBySide: [pair('pointLookup', 0.8), pair('twoHops', 0.7)] });
    const later = Object.assign(run('2026-12-03T15:00:00Z', [100_000], []), { sideBySide: [pair('pointLookup', 0.9)] });
    const latest = Object.assign(run('2026-12-03T17:00:00Z', [100_000], []), { sideBySide: [pair('pointLookup', 0.85)] });
    const merged = mergeResults([earlier, later, latest]);
    expect(merged.sideBySide?.map((p) => [p.query, p.ratio.value])).toEqual([['twoHops', 0.7], ['pointLookup', 0.85]]);
    expect(merged.replacedSideBySide?.map((p) => [p.date, p.ratio.value])).toEqual([['2026-12-03T13:39:00Z', 0.8], ['2026-12-03T15:00:00Z', 0.9]]);
  });

  it('refuses runs of different settings, whose figures one method text cannot describe', () => {
    const longer = run('2026-12-03T15:00:00Z', [10_000], []);
    longer.settings.seconds = 10;
    expect(() => mergeResults([run('2026-12-03T13:39:00Z', [100_000], []), longer])).toThrow(/different settings/);
  });
});

describe('the profile summary', () => {
  // root → driver code → node:net write → native writeBuffer; root → GC; root → idle; one sample of each outside the window.
  const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 6, 7] },
      { id: 2, callFrame: frame('run', 'file:///app/node_modules/neo4j-driver-core/lib/transaction.js'), children: [3] },
      { id: 3, callFrame: frame('writeGeneric', 'node:net'), children: [4] },
      { id: 4, callFrame: frame('writeBuffer') },
      { id: 5, callFrame: frame('(garbage collector)') },
      { id: 6, callFrame: frame('(idle)') },
      { id: 7, callFrame: frame('parserOnHeadersComplete', 'node:_http_common') },
    ],
    startTime: 1000,
    endTime: 2000,
    samples: [4, 4, 4, 5, 6, 6, 7, 4],
    timeDeltas: [0, 100, 100, 100, 100, 100, 100, 500],
  };

  it("charges a sample to the first package above its leaf, counts GC on its own, and leaves idle time and samples outside the window out", () => {
    const summary = summarizeProfile(profile, 1000, 1700, '/app');
    expect(summary.samples).toBe(5);
    expect(summary.categories).toEqual([
      { name: 'neo4j-driver', samples: 3, percent: 60 },
      { name: 'GC', samples: 1, percent: 20 },
      { name: 'node: http', samples: 1, percent: 20 },
    ]);
    expect(summary.functions[0]).toEqual({ name: 'writeBuffer native', samples: 3, percent: 60 });
  });
});
