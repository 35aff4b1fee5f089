import { figureOf, median, rangePercent, spreadPercent, steadyEnough } from '../../bench/figures';
import type { Measurement } from '../../bench/harness';
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
  const measured = (apiCpuMs: number[], discarded = 0) => ({ runs: apiCpuMs.map((cpu) => ({ apiCpuMs: cpu })), discarded: Array(discarded).fill([]) }) as unknown as Measurement;

  it('is the mean of the ratios within each round, so a round that was slow for both does not move it', () => {
    const paired = pairedCpu(measured([0.5, 1.0, 0.6]), measured([1.0, 2.0, 1.2]))!;
    expect(paired.runs).toEqual([0.5, 0.5, 0.5]);
    expect(paired.value).toBeCloseTo(0.5);
    expect(paired.spreadPercent).toBeCloseTo(0);
  });

  it('pairs only runs of the same set of rounds', () => {
    expect(pairedCpu(measured([0.5, 0.5, 0.5], 1), measured([1, 1, 1]))).toBeNull();
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

  it('leaves a goal unmeasured when neither the pairs nor the means are steady', () => {
    const noisy = results(0.9) as unknown as { measurements: Measurement[] };
    noisy.measurements[1] = server('floor', [0.9, 0.6, 1.6], [1100, 930, 770]);
    const check = goals(noisy as never).find((c) => c.goal.startsWith("ours' API CPU per request ≤ 1.25 × the floor's on pointLookup"))!;
    expect(check.verdict).toBe('unmeasured');
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
