import neo4j from 'neo4j-driver';

/**
 * Neo4j values become plain JS here and nowhere else: integers become numbers
 * (every count and order in this graph is far below 2^53), dates ISO strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      plain[key] = toPlain(item);
    }
    return plain;
  }
  return value;
}
