import neo4j from 'neo4j-driver';
import { ROW_KEYS, ROWS } from '../cypher/rows';

/**
 * Neo4j values become plain JS here and nowhere else: integers become numbers
 * (every count and order in this graph is far below 2^53), dates ISO strings.
 * Most of a result is already plain (the driver gives numbers, and the compiled
 * Cypher turns dates into strings), so plain values are passed through first.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // The driver's lists and maps are fresh objects this process owns: converted in place, not copied.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    const keys = map[ROW_KEYS];
    if (keys !== undefined) return rowsAsMaps(keys as string[], map[ROWS] as unknown[][] | null);
    for (const key in map) {
      const item = map[key];
      if (item !== null && typeof item === 'object') map[key] = toPlain(item);
      else if (item === undefined) map[key] = null;
    }
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (neo4j.isNode(value)) return toPlain({ ...value.properties });
  return value;
}

/** A list of rows (SelectionProjector.projectRow) as the list of maps it stands for; each map's keys in the order given. */
function rowsAsMaps(keys: string[], rows: unknown[][] | null): Record<string, unknown>[] | null {
  if (rows === null || rows === undefined) return null;
  const maps = rows as unknown as Record<string, unknown>[];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const map: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k += 1) map[keys[k]] = toPlain(row[k]);
    maps[i] = map;
  }
  return maps;
}
