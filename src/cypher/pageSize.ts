import { badUserInput } from '../errors/publicError';

export const MAX_FIRST = 100;

/** The contract: `first` above 100 or below 0 is an error, never a silent clamp. */
export function checkFirst(value: unknown, fallback: number, argument = 'first', max = MAX_FIRST): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badUserInput(`${argument} must be a whole number from 0 to ${max}, got ${String(value)}.`);
  }
  return value;
}
