import { CypherLog } from '../db/cypherLog';
import { GraphDatabase, Statement } from '../db/graphDatabase';
import { GraphDocument } from '../seed/graphDocument';
import { validateGraph } from '../seed/validateGraph';
import { canonicalGraph, CanonicalGraph, contentHash } from './canonical';
import { writeStatements } from './writeGraph';

export interface ImportOutcome {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: string[];
  /** The rows of `readBack`, read in the same transaction after the write. */
  readBack?: Record<string, unknown>[];
}

export interface ImportOptions {
  updatedBy: string;
  dryRun?: boolean;
  timeoutMs?: number;
  readBack?: Statement;
  log?: CypherLog;
}

const LABEL_KINDS: Record<string, string> = { Agency: 'agency', Target: 'target', Mission: 'mission', Event: 'event' };

/**
 * The one way anything is written: seed loads, mutations and imports. Validates
 * everything first (ids, fields, dates, references against the document and the
 * graph) and writes nothing when anything is wrong; then writes, in one
 * transaction, only the records whose content changed.
 */
export async function importDocument(db: GraphDatabase, document: GraphDocument, options: ImportOptions): Promise<ImportOutcome> {
  const ids = referencedIds(document);
  const stored = await db.read(
    {
      cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id})
        RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.contentHash AS hash`,
      params: { ids },
    },
    options.log,
  );
  const known = new Map(stored.map((row) => [row.id as string, LABEL_KINDS[row.label as string] ?? 'entity']));
  const errors = validateGraph(document, known);
  if (errors.length > 0) return { applied: false, created: 0, updated: 0, unchanged: 0, errors };

  const hashes = new Map(stored.map((row) => [row.id as string, row.hash as string | null]));
  const graph = canonicalGraph(document);
  const changed: CanonicalGraph = { agencies: [], targets: [], missions: [], events: [] };
  let created = 0;
  let unchanged = 0;
  for (const kind of ['agencies', 'targets', 'missions', 'events'] as const) {
    for (const record of graph[kind] as { id: string }[]) {
      if (!hashes.has(record.id)) created += 1;
      else if (hashes.get(record.id) === contentHash(record)) {
        unchanged += 1;
        continue;
      }
      (changed[kind] as object[]).push(record);
    }
  }
  const counts = { created, updated: countOf(changed) - created, unchanged, errors: [] };
  if (options.dryRun) return { applied: false, ...counts };

  const statements = writeStatements(changed, options.updatedBy);
  if (options.readBack) statements.push(options.readBack);
  const results = statements.length > 0 ? await db.writeAll(statements, options.log, options.timeoutMs) : [];
  return { applied: true, ...counts, ...(options.readBack ? { readBack: results[results.length - 1] } : {}) };
}

const countOf = (graph: CanonicalGraph) => graph.agencies.length + graph.targets.length + graph.missions.length + graph.events.length;

function referencedIds(document: GraphDocument): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') ids.add(id);
  };
  for (const agency of document.agencies) add(agency?.id);
  for (const target of document.targets) [target?.id, target?.parent].forEach(add);
  for (const mission of document.missions) [mission?.id, mission?.agencies, mission?.targets, mission?.predecessors].forEach(add);
  for (const event of document.events) [event?.id, event?.mission, event?.targets].forEach(add);
  return [...ids];
}
