import { join } from 'node:path';
import { Label } from '../cypher/vocabulary';
import { GraphExecutor } from '../db/graphDatabase';
import { consistencyProblems } from '../documents/consistency';
import { GraphDocument } from '../documents/graphDocument';
import { GRAPH_MODEL } from '../documents/graphModel';
import { validateGraph } from '../documents/validateGraph';
import { projectRoot } from '../projectRoot';
import { importDocument } from '../writes/importDocument';
import { readDataset, readSeed, SeedError } from './seedFiles';

export const SEED_DIR = join(projectRoot(), 'seed');

/**
 * Reads and validates the curated graph, every record and every check across
 * records against the day it is true as of; throws a SeedError listing every problem.
 */
export function checkSeed(seedDir = SEED_DIR): GraphDocument {
  const document = readSeed(seedDir);
  const { asOf } = readDataset(seedDir);
  const problems = [...validateGraph(document), ...consistencyProblems(document, { asOf })];
  if (problems.length > 0) throw new SeedError(problems);
  return document;
}

/** A first load on a cold server plans every statement afresh: far slower than a request. */
const SEED_TIMEOUT_MS = 300_000;

export async function loadSeed(db: GraphExecutor, seedDir = SEED_DIR): Promise<GraphDocument> {
  const document = checkSeed(seedDir);
  const outcome = await importDocument(db, document, { updatedBy: 'seed', timeoutMs: SEED_TIMEOUT_MS });
  if (!outcome.applied) throw new SeedError(outcome.errors);
  return document;
}

/**
 * Removes every entity the seed does not hold: what a database keeps of an
 * earlier seed (a mission since renamed or merged). For a database that holds
 * the curated graph only, such as the tests'; never for one people write to.
 */
export async function pruneToSeed(db: GraphExecutor, document: GraphDocument): Promise<number> {
  const ids = GRAPH_MODEL.flatMap(({ collection }) => document[collection].map((record) => record.id));
  const [row] = await db.write(
    { cypher: `MATCH (n:${Label.Entity}) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS removed`, params: { ids } },
    { timeoutMs: SEED_TIMEOUT_MS },
  );
  return row.removed as number;
}

export async function isGraphEmpty(db: GraphExecutor): Promise<boolean> {
  const [row] = await db.read({ cypher: `MATCH (n:${Label.Entity}) RETURN count(n) = 0 AS empty`, params: {} });
  return row.empty as boolean;
}
