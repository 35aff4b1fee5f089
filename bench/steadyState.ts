import { rangePercent } from './figures';
import { saturate, Target } from './load';

/**
 * Warm a server on one query until it runs at its steady rate: three
 * consecutive windows whose req/s agree within `tolerancePercent`. From cold
 * this takes a minute or more (the JVM compiles Neo4j's hot paths, V8 the
 * server's; the floor climbed from 327 to 1,400–1,900 req/s), so a fixed
 * second of warm-up measures the compilers, not the server.
 */

export interface WarmUpOptions {
  connections: number;
  windowSeconds: number;
  tolerancePercent: number;
  /** Give up after this long and say the server never settled (a loaded machine, or a server that never does). */
  maxSeconds: number;
}

export interface WarmUp {
  seconds: number;
  /** req/s of each window, in order. */
  windows: number[];
  steady: boolean;
}

export async function warmUntilSteady(target: Target, options: WarmUpOptions): Promise<WarmUp> {
  const windows: number[] = [];
  const started = Date.now();
  let steady = false;
  let clean = 0;
  while (!steady && (Date.now() - started) / 1000 + options.windowSeconds <= options.maxSeconds) {
    const window = await saturate(target, options.connections, options.windowSeconds);
    windows.push(window.requestsPerSecond);
    // A window with failures (a server that died, or answers errors) starts the count again.
    clean = window.errors + window.non2xx === 0 && window.requests > 0 ? clean + 1 : 0;
    steady = clean >= 3 && rangePercent(windows.slice(-3)) <= options.tolerancePercent;
  }
  return { seconds: (Date.now() - started) / 1000, windows, steady };
}
