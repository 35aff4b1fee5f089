import { join } from 'node:path';
import { GraphDatabase } from '../db/graphDatabase';
import { projectRoot } from '../projectRoot';
import { GraphDocument } from './graphDocument';
import { readSeed, SeedError } from './seedFiles';
import { validateGraph } from './validateGraph';
import { writeGraph } from './writeGraph';

export const SEED_DIR = join(projectRoot(), 'seed');

/** Reads and validates the curated graph; throws a SeedError listing every problem. */
export function checkSeed(seedDir = SEED_DIR): GraphDocument {
  const document = readSeed(seedDir);
  const problems = validateGraph(document);
  if (problems.length > 0) throw new SeedError(problems);
  return document;
}

export async function loadSeed(db: GraphDatabase, seedDir = SEED_DIR): Promise<GraphDocument> {
  const document = checkSeed(seedDir);
  await writeGraph(db, document, 'seed');
  return document;
}

export async function isGraphEmpty(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.read({ cypher: 'MATCH (n:Entity) RETURN count(n) = 0 AS empty', params: {} });
  return row.empty as boolean;
}
