/**
 * A figure measured over several runs: its mean (or median) and its spread,
 * (max − min) / mean in percent. A figure whose spread exceeds
 * MAX_SPREAD_PERCENT is not used for a goal: the harness reruns it instead.
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

export function spreadPercent(values: number[]): number {
  const average = mean(values);
  return average > 0 ? ((Math.max(...values) - Math.min(...values)) / average) * 100 : 0;
}

export const figureOf = (runs: number[], centre: (values: number[]) => number = mean): Figure => ({
  value: runs.length ? centre(runs) : Number.NaN,
  spreadPercent: runs.length ? spreadPercent(runs) : Number.NaN,
  runs,
});

export const steadyEnough = (figure: Figure | undefined) => figure !== undefined && figure.runs.length >= 3 && figure.spreadPercent <= MAX_SPREAD_PERCENT;
