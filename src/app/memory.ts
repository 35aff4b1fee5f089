import { setFlagsFromString } from 'node:v8';

/**
 * How the API keeps its memory down under load. Measured on the
 * 100,000-node bench graph, ours alone, 8 connections, the queries of the
 * mix one after another for 2 × 20 s each (peak resident size):
 *
 * | setting | peak RSS |
 * |---|---:|
 * | V8's and glibc's defaults | 286 MB (pointLookup alone) |
 * | old generation grows to 2 × | 228 MB (pointLookup alone), 242 MB (the mix) |
 * | that and 2 malloc arenas | 196 MB (the mix) |
 */

/**
 * How far V8 lets the old generation grow past what the last full collection
 * kept, in percent. V8's own factor rises to 4× on a heap this small (about
 * 25 MB live), so under load the heap climbed from 25 to 100 MB before each
 * full collection. 50 % kept it lower still (193–228 MB) but made the fault
 * suite's flood of 50 costliest requests hold the event loop 133–270 ms
 * (/healthz up to 274 ms, bound 200): with so little room, a large answer
 * set off a full collection in one piece. At 100 % the same flood held it
 * 37 ms.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * glibc's malloc arenas for the process (MALLOC_ARENA_MAX). By default glibc
 * keeps up to 8 per core, one for each thread that allocates (libuv's pool,
 * V8's compiler and collector threads), and each keeps the memory its thread
 * freed: about 45 MB of the peak above. Its CPU cost was not measured apart
 * from the machine's noise (the two runs above were of different queries). glibc reads it once, before any JavaScript runs, so it is set by
 * whoever starts the process: `npm start`, the Dockerfile, the bench and the
 * fault suite all use this value (tests/unit/memory.test.ts checks they agree).
 */
export const MALLOC_ARENAS = 2;

const FLAG = '--heap-growing-percent';

/** Sets the growth unless whoever started the process chose one (`node --heap-growing-percent=N`; NODE_OPTIONS cannot carry it). */
export function boundHeapGrowth(execArgv: string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.startsWith(FLAG) || arg.startsWith('--heap_growing_percent'))) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
