import { GraphDatabase, Statement } from '../db/graphDatabase';
import { GraphDocument } from './graphDocument';
import { searchText } from './searchText';

const BULK_WRITE_TIMEOUT_MS = 300_000;

/** See `sortKey` in graph/model.ts: a MONTH or YEAR event sorts at the middle of its month or year. */
const SORT_DATE = `CASE row.props.datePrecision
  WHEN 'YEAR' THEN date(row.date) + duration({months: 6})
  WHEN 'MONTH' THEN date(row.date) + duration({days: 14})
  ELSE date(row.date) END`;

/**
 * Writes a validated document in one transaction, idempotently: nodes are
 * MERGEd on id and their properties replaced; the relationships a record owns
 * (a target's parent, a mission's agencies, targets and predecessors, an
 * event's mission and targets) are replaced in the order given.
 */
export async function writeGraph(db: GraphDatabase, document: GraphDocument, updatedBy: string): Promise<void> {
  const stamp = { updatedBy };
  const agencies = document.agencies.map((agency) => ({
    id: agency.id,
    props: { ...agency, abbreviation: agency.abbreviation ?? null, country: agency.country ?? null, searchText: searchText(agency.abbreviation), ...stamp },
  }));
  const targets = document.targets.map(({ parent, ...target }) => ({
    id: target.id,
    parent: parent ?? null,
    props: { ...target, aliases: target.aliases ?? [], searchText: searchText(target.aliases, target.designation), ...stamp },
  }));
  const missions = document.missions.map(({ agencies: agencyIds, targets: targetIds, predecessors, launchDate, endDate, ...mission }) => ({
    id: mission.id,
    agencies: agencyIds,
    targets: targetIds,
    predecessors: predecessors ?? [],
    launchDate: launchDate ?? null,
    endDate: endDate ?? null,
    props: { ...mission, aliases: mission.aliases ?? [], searchText: searchText(mission.aliases), ...stamp },
  }));
  const events = document.events.map(({ mission, targets: targetIds, date, ...event }) => ({
    id: event.id,
    mission,
    targets: targetIds ?? [],
    date: date ?? null,
    props: { ...event, ...stamp },
  }));

  const statements: Statement[] = [
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Agency, n = row.props, n.updatedAt = datetime()`,
      params: { rows: agencies },
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Target, n = row.props, n.updatedAt = datetime()`,
      params: { rows: targets },
    },
    {
      cypher: `UNWIND $rows AS row MATCH (n:Entity:Target {id: row.id})
        CALL (n) { OPTIONAL MATCH (n)-[old:ORBITS]->() DELETE old }
        WITH n, row WHERE row.parent IS NOT NULL
        MATCH (parent:Entity:Target {id: row.parent}) CREATE (n)-[:ORBITS]->(parent)`,
      params: { rows: targets },
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id})
        SET n:Mission, n = row.props, n.launchDate = date(row.launchDate), n.endDate = date(row.endDate), n.updatedAt = datetime()`,
      params: { rows: missions },
    },
    {
      cypher: `UNWIND $rows AS row MATCH (n:Entity:Mission {id: row.id})
        CALL (n) { OPTIONAL MATCH (n)-[old:OPERATED_BY|TARGETS|FOLLOWS]->() DELETE old }
        CALL (n, row) { UNWIND range(0, size(row.agencies) - 1) AS i MATCH (a:Entity:Agency {id: row.agencies[i]}) CREATE (n)-[:OPERATED_BY {order: i}]->(a) }
        CALL (n, row) { UNWIND range(0, size(row.targets) - 1) AS i MATCH (t:Entity:Target {id: row.targets[i]}) CREATE (n)-[:TARGETS {order: i}]->(t) }
        CALL (n, row) { UNWIND row.predecessors AS id MATCH (p:Entity:Mission {id: id}) CREATE (n)-[:FOLLOWS]->(p) }`,
      params: { rows: missions },
    },
    {
      cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id})
        SET n:Event, n = row.props, n.date = date(row.date), n.sortDate = ${SORT_DATE}, n.updatedAt = datetime()
        WITH n, row
        CALL (n) { OPTIONAL MATCH (n)-[old:INVOLVES]->() DELETE old }
        CALL (n) { OPTIONAL MATCH ()-[old:HAS_EVENT]->(n) DELETE old }
        CALL (n, row) { MATCH (m:Entity:Mission {id: row.mission}) CREATE (m)-[:HAS_EVENT]->(n) }
        CALL (n, row) { UNWIND range(0, size(row.targets) - 1) AS i MATCH (t:Entity:Target {id: row.targets[i]}) CREATE (n)-[:INVOLVES {order: i}]->(t) }`,
      params: { rows: events },
    },
  ];
  // A first load on a cold server plans every statement afresh: far slower than a request.
  await db.writeAll(statements, undefined, BULK_WRITE_TIMEOUT_MS);
}
