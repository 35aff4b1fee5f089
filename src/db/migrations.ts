import { CHANGE_LOG_KEY, Label } from '../cypher/vocabulary';
import { GraphDatabase } from './graphDatabase';

interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/**
 * Numbered schema changes. Each statement is idempotent (IF NOT EXISTS), so a
 * migration that was interrupted half-way is simply applied again.
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'unique entity ids',
    statements: [`CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${Label.Entity}) REQUIRE n.id IS UNIQUE`],
  },
  {
    version: 2,
    name: 'range indexes for ordering and filtering',
    statements: [
      `CREATE INDEX mission_launch_date IF NOT EXISTS FOR (n:${Label.Mission}) ON (n.launchDate)`,
      `CREATE INDEX mission_name IF NOT EXISTS FOR (n:${Label.Mission}) ON (n.name)`,
      `CREATE INDEX event_date IF NOT EXISTS FOR (n:${Label.Event}) ON (n.date)`,
      `CREATE INDEX event_sort_date IF NOT EXISTS FOR (n:${Label.Event}) ON (n.sortDate)`,
      `CREATE INDEX target_kind IF NOT EXISTS FOR (n:${Label.Target}) ON (n.kind)`,
      `CREATE INDEX target_name IF NOT EXISTS FOR (n:${Label.Target}) ON (n.name)`,
      `CREATE INDEX agency_name IF NOT EXISTS FOR (n:${Label.Agency}) ON (n.name)`,
    ],
  },
  {
    version: 3,
    name: 'full-text index over names, aliases, designations, descriptions and summaries',
    statements: [
      `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
       FOR (n:${Label.Entity}) ON EACH [n.name, n.searchText, n.designation, n.description, n.summary]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    ],
  },
  {
    version: 4,
    name: 'text index over the external identifiers, for entityByExternalId',
    statements: [`CREATE TEXT INDEX entity_external_ids IF NOT EXISTS FOR (n:${Label.Entity}) ON (n.externalIdKeys)`],
  },
  {
    version: 5,
    name: 'full-text index over names in Chinese, Japanese and Korean, read in pairs of characters',
    statements: [
      `CREATE FULLTEXT INDEX entity_cjk IF NOT EXISTS
       FOR (n:${Label.Entity}) ON EACH [n.cjkText]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`,
    ],
  },
  {
    version: 6,
    name: 'the change log: numbered changes, and the node that numbers them',
    statements: [
      `CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:${Label.Change}) REQUIRE c.seq IS UNIQUE`,
      // Before the MERGE: two API processes migrating a new database at once would otherwise make two logs.
      `CREATE CONSTRAINT change_log_key IF NOT EXISTS FOR (log:${Label.ChangeLog}) REQUIRE log.key IS UNIQUE`,
      `MERGE (log:${Label.ChangeLog} {key: '${CHANGE_LOG_KEY}'}) ON CREATE SET log.last = 0`,
    ],
  },
  {
    version: 7,
    name: "the change log's horizon: how far pruning has reached",
    statements: [
      `CREATE CONSTRAINT change_log_key IF NOT EXISTS FOR (log:${Label.ChangeLog}) REQUIRE log.key IS UNIQUE`,
      `CREATE CONSTRAINT change_horizon_key IF NOT EXISTS FOR (horizon:${Label.ChangeHorizon}) REQUIRE horizon.key IS UNIQUE`,
      `MERGE (horizon:${Label.ChangeHorizon} {key: '${CHANGE_LOG_KEY}'}) ON CREATE SET horizon.prunedThrough = 0`,
      // Pruning walks the log by number; an index on the time would only cost every write its upkeep.
      'DROP INDEX change_committed_at IF EXISTS',
    ],
  },
  {
    version: 8,
    // Two databases can stand at the same change number with different graphs (a fresh one loaded from
    // another seed): the data set's version names the log too, so that no two graphs share one.
    name: 'a random identity for the change log, part of the data set version',
    statements: [`MATCH (log:${Label.ChangeLog} {key: '${CHANGE_LOG_KEY}'}) WHERE log.graph IS NULL SET log.graph = randomUUID()`],
  },
];

export async function migrate(db: GraphDatabase): Promise<number[]> {
  const [applied] = await db.writeAll([
    { cypher: `MATCH (m:${Label.Migration}) RETURN collect(m.version) AS versions`, params: {} },
  ]);
  const done = new Set((applied[0]?.versions as number[]) ?? []);
  const appliedNow: number[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await db.runSchema(statement);
    await db.write({
      cypher: `MERGE (m:${Label.Migration} {version: $version}) SET m.name = $name, m.appliedAt = datetime()`,
      params: { version: migration.version, name: migration.name },
    });
    appliedNow.push(migration.version);
  }
  await db.runSchema('CALL db.awaitIndexes(60)');
  return appliedNow;
}
