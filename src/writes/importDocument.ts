import { appendChanges, ChangeEntry } from '../changes/changeLog';
import { GraphExecutor, Row, Statement } from '../db/graphDatabase';
import { canonicalGraph, CanonicalGraph, contentHash } from '../documents/canonical';
import { GraphDocument } from '../documents/graphDocument';
import { GRAPH_MODEL } from '../documents/graphModel';
import { validateGraph } from '../documents/validateGraph';
import { kindOfCollection, kindOfLabel } from '../entities/entityKinds';
import { Label } from '../cypher/vocabulary';
import { writeStatements } from './writeGraph';

export interface ImportOutcome {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: string[];
  /** The rows of `readBack`, read in the same transaction after the write. */
  readBack?: Row[];
}

export interface ImportOptions {
  updatedBy: string;
  dryRun?: boolean;
  timeoutMs?: number;
  readBack?: Statement;
}

/**
 * The one way anything is written: seed loads, mutations and imports. Validates
 * everything first (ids, fields, dates, references against the document and the
 * graph) and writes nothing when anything is wrong; then writes, in one
 * transaction, only the records whose content changed, and an entry in the
 * change log for each of them.
 */
export async function importDocument(db: GraphExecutor, document: GraphDocument, options: ImportOptions): Promise<ImportOutcome> {
  const stored = await db.read({
    cypher: `UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id})
      RETURN n.id AS id, [label IN labels(n) WHERE label <> '${Label.Entity}'][0] AS label, n.contentHash AS hash`,
    params: { ids: referencedIds(document) },
  });
  const known = new Map(stored.map((row) => [row.id as string, kindOfLabel(row.label as string)?.record ?? 'entity']));
  const errors = validateGraph(document, known);
  if (errors.length > 0) return { applied: false, created: 0, updated: 0, unchanged: 0, errors };

  const hashes = new Map(stored.map((row) => [row.id as string, row.hash as string | null]));
  const graph = canonicalGraph(document);
  const changed: CanonicalGraph = { agencies: [], targets: [], missions: [], events: [] };
  const changes: ChangeEntry[] = [];
  let created = 0;
  let unchanged = 0;
  for (const { collection } of GRAPH_MODEL) {
    const entityKind = kindOfCollection(collection).kind;
    for (const record of graph[collection]) {
      if (!hashes.has(record.id)) created += 1;
      else if (hashes.get(record.id) === contentHash(record)) {
        unchanged += 1;
        continue;
      }
      changed[collection].push(record);
      changes.push({ kind: hashes.has(record.id) ? 'UPDATED' : 'CREATED', id: record.id, entityKind });
    }
  }
  const counts = { created, updated: countOf(changed) - created, unchanged, errors: [] };
  if (options.dryRun) return { applied: false, ...counts };

  const statements = writeStatements(changed, options.updatedBy);
  if (changes.length > 0) statements.push({ cypher: appendChanges('$changes', '$by'), params: { changes, by: options.updatedBy } });
  if (options.readBack) statements.push(options.readBack);
  const results = statements.length > 0 ? await db.writeAll(statements, { timeoutMs: options.timeoutMs }) : [];
  return { applied: true, ...counts, ...(options.readBack ? { readBack: results[results.length - 1] } : {}) };
}

const countOf = (graph: CanonicalGraph) => GRAPH_MODEL.reduce((total, { collection }) => total + graph[collection].length, 0);

/** The ids a document writes or refers to: what must be looked up before it is validated. */
function referencedIds(document: GraphDocument): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') ids.add(id);
  };
  for (const model of GRAPH_MODEL) {
    for (const record of document[model.collection]) {
      if (typeof record !== 'object' || record === null) continue;
      add(record.id);
      for (const [field] of model.references) add(record[field]);
    }
  }
  return [...ids];
}
