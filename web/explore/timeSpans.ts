import { DatePrecision, MissionSpan } from './explorerQueries';
import { YearRange } from './viewState';

/** A stretch of time in milliseconds since 1970 (UTC), the end excluded. */
export interface TimeSpan {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

const parts = (date: string): [number, number, number] => {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
};

/** Noon-free UTC day arithmetic: the API's dates are calendar dates in UTC. */
export const dayStart = (date: string): number => {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day);
};

/**
 * The time an event's date stands for at its precision: a YEAR event is the
 * whole year and a MONTH event the whole month (the API gives their first day).
 */
export function eventSpan(date: string | null | undefined, precision: DatePrecision = 'DAY'): TimeSpan | null {
  if (!date) return null;
  const [year, month, day] = parts(date);
  if (precision === 'YEAR') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (precision === 'MONTH') return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  const start = Date.UTC(year, month - 1, day);
  return { start, end: start + DAY_MS };
}

/** Whether a mission's bar runs on past today: active, with no end yet. */
export const isOpenEnded = (mission: MissionSpan): boolean => mission.status === 'ACTIVE' && !mission.endDate;

/**
 * A mission from launch to end; an active one up to today (open-ended); a
 * planned, failed or lost one with no end date is its launch day. Null when
 * it has no launch date (cancelled, or not yet scheduled).
 */
export function missionSpan(mission: MissionSpan, today: number): TimeSpan | null {
  if (!mission.launchDate) return null;
  const start = dayStart(mission.launchDate);
  if (mission.endDate) return { start, end: Math.max(start, dayStart(mission.endDate)) + DAY_MS };
  if (isOpenEnded(mission)) return { start, end: Math.max(start + DAY_MS, today) };
  return { start, end: start + DAY_MS };
}

export const yearSpan = (years: YearRange): TimeSpan => ({ start: Date.UTC(years.from, 0, 1), end: Date.UTC(years.to + 1, 0, 1) });

export const overlaps = (a: TimeSpan, b: TimeSpan): boolean => a.start < b.end && a.end > b.start;

export const yearOf = (time: number): number => new Date(time).getUTCFullYear();

export const todayUtc = (): number => {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
};
