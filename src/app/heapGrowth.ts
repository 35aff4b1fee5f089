import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection
 * kept, in percent. V8's own factor rises to 4× on a heap this small (about
 * 25 MB live), so under load the heap climbed from 25 to 100 MB before each
 * full collection and the process peaked at 270-300 MB on the 100,000-node
 * bench graph. At 1.5× it peaked at 193-237 MB on the same loads; a full
 * collection of 25 MB takes a few milliseconds, most of it in steps.
 */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = '--heap-growing-percent';

/** Sets the growth unless whoever started the process chose one (`node --heap-growing-percent=N`; NODE_OPTIONS cannot carry it). */
export function boundHeapGrowth(execArgv: string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.startsWith(FLAG) || arg.startsWith('--heap_growing_percent'))) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
