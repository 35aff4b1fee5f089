import { Figure, figureOf, steadyEnough } from './figures';
import { saturate, Target } from './load';
import { cpuSeconds } from './processStats';
import type { Instance } from './servers';

/**
 * CPU per request of two servers loaded at the same time: each round puts
 * both under saturation together (each with its own load generator and the
 * same connections as in the interleaved rounds) and reads each process's CPU
 * over the same seconds. Whatever the machine does meanwhile (another tenant,
 * steal, a frequency change) falls on both at once, so their ratio within a
 * round cancels it, where interleaved runs a minute apart only cancel what
 * lasts a minute. On this shared 2-core machine the interleaved floor/ours
 * ratio swung 0.67–1.27 from round to round while the A/A pair, run side by
 * side in the rotation, stayed within ±6 %.
 *
 * The two servers share the cores, Neo4j and the load generators, so req/s
 * here is not either server's speed; only the ratio of CPU per request is used.
 */

export interface SideBySideRound {
  /** CPU milliseconds per answered request of a and of b, and the answers each gave in the round. */
  apiCpuMs: [number, number];
  requests: [number, number];
  errors: number;
}

export interface SideBySide {
  size: number;
  query: string;
  /** Instance labels: the ratio is b's CPU per request over a's. */
  a: string;
  b: string;
  rounds: SideBySideRound[];
  ratio: Figure;
  /** Earlier sets whose ratio spread too much and were measured again. */
  discarded?: SideBySideRound[][];
}

async function roundTogether(pair: [Instance, Instance], targets: Map<Instance, Target>, options: { seconds: number; connections: number }): Promise<SideBySideRound> {
  const pids = pair.map((instance) => instance.child!.pid!);
  const before = pids.map(cpuSeconds);
  const results = await Promise.all(pair.map((instance) => saturate(targets.get(instance)!, options.connections, options.seconds)));
  const used = pids.map((pid, i) => cpuSeconds(pid) - before[i]);
  const requests = results.map((result) => result.requests) as [number, number];
  return {
    apiCpuMs: used.map((seconds, i) => (seconds * 1000) / Math.max(requests[i], 1)) as [number, number],
    requests,
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
  };
}

/**
 * One unrecorded round first: each server was warmed alone, and loaded
 * together they settle into another regime (in the first runs the first round
 * cost both up to 2.4× the later ones). A set whose ratio spreads over
 * ±MAX_SPREAD_PERCENT is measured again, up to `reruns` times; the earlier sets are kept.
 */
export async function measureSideBySide(
  pair: [Instance, Instance],
  targets: Map<Instance, Target>,
  options: { rounds: number; seconds: number; connections: number; reruns: number },
  onRound: (round: SideBySideRound) => void,
): Promise<Omit<SideBySide, 'size' | 'query'>> {
  await roundTogether(pair, targets, options);
  const discarded: SideBySideRound[][] = [];
  for (let set = 0; ; set += 1) {
    const rounds: SideBySideRound[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      rounds.push(await roundTogether(pair, targets, options));
      onRound(rounds[rounds.length - 1]);
    }
    const ratio = figureOf(rounds.map((round) => round.apiCpuMs[1] / round.apiCpuMs[0]));
    if (steadyEnough(ratio) || set >= options.reruns) return { a: pair[0].label, b: pair[1].label, rounds, ratio, discarded };
    discarded.push(rounds);
  }
}
