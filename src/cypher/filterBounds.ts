import { badUserInput } from '../errors/publicError';

/** How deep AND, OR, NOT and hasEvent may nest, and how many conditions a list may hold: filters stay cheap to plan. */
export const MAX_FILTER_DEPTH = 4;
export const MAX_FILTER_LIST = 20;

/** Refuses a filter nested deeper than the bound or a list longer than it; `field` is where it is written. */
export function checkFilterShape(field: string, depth: number, lists: (readonly unknown[] | null | undefined)[]): void {
  if (depth > MAX_FILTER_DEPTH) throw badUserInput(`${field} nests AND, OR, NOT and hasEvent more than ${MAX_FILTER_DEPTH} levels deep.`);
  for (const list of lists) {
    if (list && list.length > MAX_FILTER_LIST) throw badUserInput(`${field} has a list of ${list.length} conditions; at most ${MAX_FILTER_LIST} are allowed.`);
  }
}

/** The conditions as one Cypher predicate: `true` when there are none. */
export const allOf = (conditions: string[]): string => (conditions.length === 0 ? 'true' : conditions.length === 1 ? conditions[0] : `(${conditions.join(' AND ')})`);
export const anyOf = (conditions: string[]): string => (conditions.length === 0 ? 'false' : `(${conditions.join(' OR ')})`);
