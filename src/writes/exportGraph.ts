import { GraphDatabase } from '../db/graphDatabase';
import { canonicalGraph, CanonicalGraph } from './canonical';

const EXPORT_TIMEOUT_MS = 300_000;

/** The whole graph in the import format (GraphImportInput), sorted by id: importing it rebuilds the same graph. */
export async function exportGraph(db: GraphDatabase): Promise<CanonicalGraph> {
  const ordered = (pattern: string, variable: string, order: string) =>
    `COLLECT { MATCH ${pattern} WITH ${variable} ORDER BY ${order} RETURN ${variable}.id }`;
  const [row] = await db.read(
    {
      cypher: `CALL () { MATCH (n:Agency) RETURN collect(n { .id, .name, .abbreviation, .country, .sources }) AS agencies }
        CALL () { MATCH (n:Target) RETURN collect(n { .id, .name, .kind, .designation, .aliases, .description, .sources,
          parent: COLLECT { MATCH (n)-[:ORBITS]->(p:Target) RETURN p.id }[0] }) AS targets }
        CALL () { MATCH (n:Mission) RETURN collect(n { .id, .name, .aliases, .summary, .kinds, .status, .launchDate, .endDate, .sources,
          agencies: COLLECT { MATCH (n)-[r:OPERATED_BY]->(a:Agency) WITH a, r ORDER BY r.order RETURN a.id },
          targets: COLLECT { MATCH (n)-[r:TARGETS]->(t:Target) WITH t, r ORDER BY r.order RETURN t.id },
          predecessors: ${ordered('(n)-[:FOLLOWS]->(p:Mission)', 'p', 'p.id')} }) AS missions }
        CALL () { MATCH (n:Event) RETURN collect(n { .id, .name, .type, .date, .datePrecision, .planned, .description, .distanceKm, .sources,
          mission: COLLECT { MATCH (m:Mission)-[:HAS_EVENT]->(n) RETURN m.id }[0],
          targets: COLLECT { MATCH (n)-[r:INVOLVES]->(t:Target) WITH t, r ORDER BY r.order RETURN t.id } }) AS events }
        RETURN agencies, targets, missions, events`,
      params: {},
    },
    undefined,
    EXPORT_TIMEOUT_MS,
  );
  return canonicalGraph(row as never);
}
