/** How a list of nodes is ordered; each order ends with the id so that ties are stable. */
export type Ordering = 'relationshipOrder' | 'launchDate' | 'eventDate' | 'name';

/**
 * Undated missions and events sort after every dated one. An event known only
 * to the month or year sorts at the middle of it (its `sortDate`), where it is
 * most likely to belong, rather than before everything else that month or year.
 */
export const UNDATED = "date('9999-12-31')";

/** The sort key of `node` (reached through `relationship`) in that order, as a Cypher expression. */
export function sortKey(order: Ordering, node: string, relationship = ''): string {
  switch (order) {
    case 'relationshipOrder':
      return `${relationship}.order`;
    case 'launchDate':
      return `coalesce(${node}.launchDate, ${UNDATED})`;
    case 'eventDate':
      return `coalesce(${node}.sortDate, ${UNDATED})`;
    case 'name':
      return `${node}.name`;
  }
}

export const isDateOrder = (order: Ordering): boolean => order === 'launchDate' || order === 'eventDate';
