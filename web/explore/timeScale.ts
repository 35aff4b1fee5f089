import { TimeSpan, yearOf } from './timeSpans';

export interface TimeScale {
  start: number;
  end: number;
  /** Where a time falls, from 0 (start) to 1 (end). */
  at(time: number): number;
  /** The time at a fraction of the way along. */
  timeAt(fraction: number): number;
  /** Years to mark on the axis, at a round step. */
  ticks: { year: number; at: number }[];
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const MAX_TICKS = 9;

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/** Whole years from the first span's start to the last one's end, at least two of them. */
export function timeScale(spans: TimeSpan[]): TimeScale {
  const firstYear = spans.length > 0 ? Math.min(...spans.map((span) => yearOf(span.start))) : new Date().getUTCFullYear();
  const lastYear = spans.length > 0 ? Math.max(...spans.map((span) => yearOf(span.end - 1))) : firstYear;
  const from = firstYear;
  const to = Math.max(lastYear + 1, from + 2);
  const start = yearStart(from);
  const end = yearStart(to);
  const step = STEPS.find((candidate) => (to - from) / candidate <= MAX_TICKS) ?? STEPS[STEPS.length - 1];
  const at = (time: number) => (time - start) / (end - start);
  const ticks: { year: number; at: number }[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push({ year, at: at(yearStart(year)) });
  return { start, end, at, timeAt: (fraction) => start + fraction * (end - start), ticks };
}
