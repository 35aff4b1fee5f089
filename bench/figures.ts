/**
 * A figure measured over several runs: its mean (or median) and its spread,
 * the x of "value ± x %": how far the furthest run lies from that centre, in
 * percent of it. A figure whose spread exceeds ±MAX_SPREAD_PERCENT is not used
 * for a goal: the harness reruns it instead.
 */

export const MAX_SPREAD_PERCENT = 15;

export interface Figure {
  value: number;
  spreadPercent: number;
  runs: number[];
}

export const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The furthest value from the centre (the mean unless given), in percent of the centre. */
export function spreadPercent(values: number[], centre = mean(values)): number {
  return centre > 0 ? (Math.max(...values.map((value) => Math.abs(value - centre))) / centre) * 100 : 0;
}

/** max − min over the mean, in percent: how far apart values are (the warm-up's windows "agree within 5 %"). */
export function rangePercent(values: number[]): number {
  const average = mean(values);
  return average > 0 ? ((Math.max(...values) - Math.min(...values)) / average) * 100 : 0;
}

export function figureOf(runs: number[], centre: (values: number[]) => number = mean): Figure {
  if (!runs.length) return { value: Number.NaN, spreadPercent: Number.NaN, runs };
  const value = centre(runs);
  return { value, spreadPercent: spreadPercent(runs, value), runs };
}

export const steadyEnough = (figure: Figure | undefined) => figure !== undefined && figure.runs.length >= 3 && figure.spreadPercent <= MAX_SPREAD_PERCENT;
