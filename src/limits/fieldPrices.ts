import { FILTER_ARGUMENT, filterConditions } from './filterConditions';

/** Reads an argument as the resolver will receive it (the default when it is null or absent). */
export type ArgumentReader = (name: string) => unknown;

/*
 * The cost model's unit is one resolved field: about 5 µs of CPU (the API and
 * Neo4j together) on the two-core machine of bench/RESULTS.md. The prices here
 * are the CPU of work that returns no field, in that unit, measured by
 * `npm run bench:cost` (bench/costModel.ts) on the curated graph: CPU time per
 * request of the API's process and of Neo4j's, from /proc, medians of seven
 * interleaved rounds, each field asked 15 times in one request so that its
 * own work stands clear of the request's. Rerun it when the graph or these
 * statements change much: related's work grows with the number of missions.
 */

/** What any request costs before its first field: HTTP, parsing, validation, this measure (measured: 517). */
export const REQUEST_PRICE = 500;
/** A root field's own Cypher statement: a transaction, a round trip to Neo4j, the records back (measured: 193). */
export const STATEMENT_PRICE = 200;
/**
 * One evaluation of related: its reasons read every mission that shares a target, an agency or
 * a kind with this one, so a mission of the Moon or of NASA costs the most (measured: 3 800 to 5 300
 * for the five costliest of the 315 missions, about half that for the median one).
 */
const RELATED_PRICE = 5000;
/**
 * A neighbourhood of depth 1 to 3: every level is cut at `limit` nodes, so its work stays about the
 * same whatever the depth and the limit (measured beyond its output: 150 to 820 from the Sun, the
 * Earth, the Moon and NASA, at depths 1 to 3 and limits 100 and 500).
 */
const NEIGHBOURHOOD_PRICE = 800;
/** A shortest path's search, within any maxHops: the graph's hubs are met within two hops (measured: 30 at most). */
const PATH_PRICE = 30;
/** A full-text search with its fuzzy terms, whatever `first` is (measured: 160 to 260). */
const SEARCH_PRICE = 250;

/**
 * One condition of a filter (filterConditions.ts counts them), tested on every candidate of its
 * list: six conditions over the root list of missions (a target's parent chain, a text, a kind,
 * two dates, a target kind) cost Neo4j about 30 ms of CPU more than none (measured: 786 and 805 per
 * condition). A nested list tests fewer candidates, but is priced the same: a filter is the
 * client's to make as large as its bounds allow, and this keeps its largest ones refused.
 */
const FILTER_CONDITION_PRICE = 800;

const PRICES: Record<string, (read: ArgumentReader) => number> = {
  'Query.relatedMissions': () => RELATED_PRICE,
  'Mission.related': () => RELATED_PRICE,
  'Query.neighborhood': (read) => (read('depth') === 0 ? 0 : NEIGHBOURHOOD_PRICE),
  'Query.shortestPath': () => PATH_PRICE,
  'Query.search': () => SEARCH_PRICE,
};

/** The price of the work a field does beyond the fields it returns; 0 for most fields. */
export function priceOf(typeName: string, fieldName: string, read: ArgumentReader): number {
  return PRICES[`${typeName}.${fieldName}`]?.(read) ?? 0;
}

/** The price of the filter a field is given: its conditions, each tested on every candidate. */
export function filterPrice(read: ArgumentReader): number {
  return FILTER_CONDITION_PRICE * filterConditions(read(FILTER_ARGUMENT));
}
