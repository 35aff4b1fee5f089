import { join } from 'node:path';
import { GraphDatabase } from '../db/graphDatabase';
import { projectRoot } from '../projectRoot';
import { GraphDocument } from './graphDocument';
import { readSeed, SeedError } from './seedFiles';
import { validateGraph } from './validateGraph';
import { importDocument } from '../writes/importDocument';

export const SEED_DIR = join(projectRoot(), 'seed');

/** Reads and validates the curated graph; throws a SeedError listing every problem. */
export function checkSeed(seedDir = SEED_DIR): GraphDocument {
  const document = readSeed(seedDir);
  const problems = validateGraph(document);
  if (problems.length > 0) throw new SeedError(problems);
  return document;
}

/** A first load on a cold server plans every statement afresh: far slower than a request. */
const SEED_TIMEOUT_MS = 300_000;

export async function loadSeed(db: GraphDatabase, seedDir = SEED_DIR): Promise<GraphDocument> {
  const document = checkSeed(seedDir);
  const outcome = await importDocument(db, document, { updatedBy: 'seed', timeoutMs: SEED_TIMEOUT_MS });
  if (!outcome.applied) throw new SeedError(outcome.errors);
  return document;
}

export async function isGraphEmpty(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.read({ cypher: 'MATCH (n:Entity) RETURN count(n) = 0 AS empty', params: {} });
  return row.empty as boolean;
}
