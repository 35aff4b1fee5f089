import { Figure, figureOf, median, steadyEnough } from './figures';
import { paced, saturate, Target } from './load';
import { PacedResult } from './pacedLoad';
import { loadAverage, watchProcesses } from './processStats';
import type { Instance } from './servers';

/**
 * Rounds of one query over several servers, interleaved: round r runs every
 * server once, in an order rotated by r, so that whatever the machine does
 * meanwhile (another job starting, a frequency change) falls on all of them
 * alike. Each run records req/s and latency at saturation and the CPU time the
 * server and Neo4j spent per answered request; then, when the server can
 * sustain it, a run at a fixed rate well under saturation gives the latency
 * of one request (service time, not queueing).
 */

export interface RoundOptions {
  connections: number;
  rounds: number;
  seconds: number;
  /** Requests per second of the fixed-rate run; a server below twice this at saturation skips it. */
  fixedRate: number;
  fixedRateSeconds: number;
  /** Fresh sets of rounds allowed when a figure spreads more than MAX_SPREAD_PERCENT. */
  reruns: number;
}

export interface Run {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per answered request, of the server process and of Neo4j's. */
  apiCpuMs: number;
  neo4jCpuMs: number;
  maxRssMb: number;
  /** The machine's one-minute load average when the run ended. */
  loadAverage: number;
  fixedRate?: PacedResult;
}

export interface Series {
  runs: Run[];
  requestsPerSecond: Figure;
  apiCpuMs: Figure;
  neo4jCpuMs: Figure;
  /** Medians over the runs, in milliseconds (autocannon's whole milliseconds). */
  p50: number;
  p99: number;
  errors: number;
  maxRssMb: number;
  /** At the fixed rate, in milliseconds: p50 as a figure over the runs, p99 their median. Null when the server cannot sustain the rate. */
  fixedRateP50: Figure | null;
  fixedRateP99: number | null;
  /** Earlier sets of rounds that spread too much and were run again. */
  discarded: Run[][];
}

const rotate = <T>(items: T[], by: number) => items.map((_, i) => items[(i + by) % items.length]);

async function runOnce(instance: Instance, target: Target, neo4jPid: number, options: RoundOptions, sustains: boolean): Promise<Run> {
  const stop = watchProcesses([instance.child!.pid!, neo4jPid]);
  const result = await saturate(target, options.connections, options.seconds);
  const used = stop();
  const answered = Math.max(result.requests, 1);
  const run: Run = {
    requestsPerSecond: result.requestsPerSecond,
    requests: result.requests,
    p50: result.p50,
    p99: result.p99,
    errors: result.errors + result.non2xx,
    apiCpuMs: (used.cpuSeconds[0] * 1000) / answered,
    neo4jCpuMs: (used.cpuSeconds[1] * 1000) / answered,
    maxRssMb: used.maxRssMb,
    loadAverage: loadAverage(),
  };
  if (sustains) run.fixedRate = await paced(target, options.fixedRate, options.fixedRateSeconds);
  return run;
}

function seriesOf(runs: Run[], discarded: Run[][]): Series {
  const fixed = runs.filter((run) => run.fixedRate).map((run) => run.fixedRate!);
  return {
    runs,
    requestsPerSecond: figureOf(runs.map((run) => run.requestsPerSecond)),
    apiCpuMs: figureOf(runs.map((run) => run.apiCpuMs)),
    neo4jCpuMs: figureOf(runs.map((run) => run.neo4jCpuMs)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors + (run.fixedRate?.errors ?? 0), 0),
    maxRssMb: Math.max(...runs.map((run) => run.maxRssMb)),
    fixedRateP50: fixed.length ? figureOf(fixed.map((result) => result.p50), median) : null,
    fixedRateP99: fixed.length ? median(fixed.map((result) => result.p99)) : null,
    discarded,
  };
}

const settled = (series: Series) => steadyEnough(series.requestsPerSecond) && steadyEnough(series.apiCpuMs) && (series.fixedRateP50 === null || steadyEnough(series.fixedRateP50));

/**
 * The rounds of one query: `targets` gives each instance's request, `steadyRate`
 * each instance's req/s at the end of its warm-up (to decide the fixed-rate run).
 * An instance whose figures spread too much runs a fresh set of rounds (with
 * the others that did too), and its earlier set is kept as discarded.
 */
export async function measureRounds(
  instances: Instance[],
  targets: Map<Instance, Target>,
  steadyRate: Map<Instance, number>,
  neo4jPid: number,
  options: RoundOptions,
  onRun: (instance: Instance, run: Run) => void,
): Promise<Map<Instance, Series>> {
  const measured = new Map<Instance, Series>();
  let pending = instances;
  for (let set = 0; pending.length > 0; set += 1) {
    const runs = new Map<Instance, Run[]>(pending.map((instance) => [instance, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      for (const instance of rotate(pending, round)) {
        const run = await runOnce(instance, targets.get(instance)!, neo4jPid, options, (steadyRate.get(instance) ?? 0) >= 2 * options.fixedRate);
        runs.get(instance)!.push(run);
        onRun(instance, run);
      }
    }
    for (const instance of pending) {
      const earlier = measured.get(instance);
      measured.set(instance, seriesOf(runs.get(instance)!, earlier ? [...earlier.discarded, earlier.runs] : []));
    }
    pending = set < options.reruns ? pending.filter((instance) => !settled(measured.get(instance)!)) : [];
  }
  return measured;
}
