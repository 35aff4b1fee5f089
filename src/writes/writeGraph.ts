import { Statement } from '../db/graphDatabase';
import { CanonicalGraph, contentHash } from './canonical';
import { searchText } from '../seed/searchText';

/** See `sortKey` in graph/model.ts: a MONTH or YEAR event sorts at the middle of its month or year. */
const SORT_DATE = `CASE row.datePrecision
  WHEN 'YEAR' THEN date(row.date) + duration({months: 6})
  WHEN 'MONTH' THEN date(row.date) + duration({days: 14})
  ELSE date(row.date) END`;

const STAMP = 'n.contentHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $updatedBy';

/**
 * The statements that write `graph` (already validated, and holding only the
 * records that changed): nodes are MERGEd on id and their properties replaced;
 * the relationships a record owns (a target's parent; a mission's agencies,
 * targets and predecessors; an event's mission and targets) are replaced in the
 * order given. Nodes first, so that relationships find every new node.
 */
export function writeStatements(graph: CanonicalGraph, updatedBy: string): Statement[] {
  const rows = <T extends object>(records: T[], extra: (record: T) => object) =>
    records.map((record) => ({ ...record, ...extra(record), hash: contentHash(record) }));
  const agencies = rows(graph.agencies, (a) => ({ searchText: searchText(a.abbreviation) }));
  const targets = rows(graph.targets, (t) => ({ searchText: searchText(t.aliases, t.designation) }));
  const missions = rows(graph.missions, (m) => ({ searchText: searchText(m.aliases) }));
  const events = rows(graph.events, () => ({}));
  const params = (list: object[]) => ({ rows: list, updatedBy });

  return [
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Agency,
        n.name = row.name, n.abbreviation = row.abbreviation, n.country = row.country, n.sources = row.sources,
        n.searchText = row.searchText, ${STAMP}`,
      params: params(agencies),
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Target,
        n.name = row.name, n.kind = row.kind, n.designation = row.designation, n.aliases = row.aliases,
        n.description = row.description, n.sources = row.sources, n.searchText = row.searchText, ${STAMP}`,
      params: params(targets),
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Mission,
        n.name = row.name, n.aliases = row.aliases, n.summary = row.summary, n.kinds = row.kinds, n.status = row.status,
        n.launchDate = date(row.launchDate), n.endDate = date(row.endDate), n.sources = row.sources,
        n.searchText = row.searchText, ${STAMP}`,
      params: params(missions),
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Event,
        n.name = row.name, n.type = row.type, n.date = date(row.date), n.sortDate = ${SORT_DATE},
        n.datePrecision = row.datePrecision, n.planned = row.planned, n.description = row.description,
        n.distanceKm = row.distanceKm, n.sources = row.sources, ${STAMP}`,
      params: params(events),
    },
    {
      cypher: `UNWIND $rows AS row MATCH (n:Entity:Target {id: row.id})
        CALL (n) { OPTIONAL MATCH (n)-[old:ORBITS]->() DELETE old }
        WITH n, row WHERE row.parent IS NOT NULL
        MATCH (parent:Entity:Target {id: row.parent}) CREATE (n)-[:ORBITS]->(parent)`,
      params: params(targets),
    },
    {
      cypher: `UNWIND $rows AS row MATCH (n:Entity:Mission {id: row.id})
        CALL (n) { OPTIONAL MATCH (n)-[old:OPERATED_BY|TARGETS|FOLLOWS]->() DELETE old }
        CALL (n, row) { UNWIND range(0, size(row.agencies) - 1) AS i MATCH (a:Entity:Agency {id: row.agencies[i]}) CREATE (n)-[:OPERATED_BY {order: i}]->(a) }
        CALL (n, row) { UNWIND range(0, size(row.targets) - 1) AS i MATCH (t:Entity:Target {id: row.targets[i]}) CREATE (n)-[:TARGETS {order: i}]->(t) }
        CALL (n, row) { UNWIND row.predecessors AS id MATCH (p:Entity:Mission {id: id}) CREATE (n)-[:FOLLOWS]->(p) }`,
      params: params(missions),
    },
    {
      cypher: `UNWIND $rows AS row MATCH (n:Entity:Event {id: row.id})
        CALL (n) { OPTIONAL MATCH (n)-[old:INVOLVES]->() DELETE old }
        CALL (n) { OPTIONAL MATCH ()-[old:HAS_EVENT]->(n) DELETE old }
        CALL (n, row) { MATCH (m:Entity:Mission {id: row.mission}) CREATE (m)-[:HAS_EVENT]->(n) }
        CALL (n, row) { UNWIND range(0, size(row.targets) - 1) AS i MATCH (t:Entity:Target {id: row.targets[i]}) CREATE (n)-[:INVOLVES {order: i}]->(t) }`,
      params: params(events),
    },
  ].filter((statement) => statement.params.rows.length > 0);
}

