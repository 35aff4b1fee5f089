import { GraphExecutor, Statement } from '../db/graphDatabase';
import { canonicalGraph, CanonicalGraph } from '../documents/canonical';
import { GRAPH_MODEL, KindModel } from '../documents/graphModel';
import { storedValue } from '../cypher/fieldCompilers';
import { mapKey } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';

const EXPORT_TIMEOUT_MS = 300_000;

/** One kind's record of node `n` as the documents write it: properties as stored, relationships as the ids they name, in order. */
export function recordProjection(model: KindModel): string {
  const entries = model.fields.map(([name, field]) => {
    if (field.kind === 'property') return `${mapKey(name)}: ${storedValue('n', name, field.storage)}`;
    const { spec, record } = field;
    const pattern = spec.direction === 'OUT' ? `(n)-[r:${spec.type}]->(m:${spec.label})` : `(m:${spec.label})-[r:${spec.type}]->(n)`;
    const ids = `COLLECT { MATCH ${pattern} WITH m, r ORDER BY ${record.ordered ? 'r.order' : 'm.id'} RETURN m.id }`;
    return `${mapKey(name)}: ${spec.many ? ids : `${ids}[0]`}`;
  });
  return `n { ${entries.join(', ')} }`;
}

function recordsOf(model: KindModel): string {
  return `CALL () { MATCH (n:${model.descriptor.label}) RETURN collect(${recordProjection(model)}) AS ${model.collection} }`;
}

const EXPORT: Statement = {
  cypher: `${GRAPH_MODEL.map(recordsOf).join('\n')}\nRETURN ${GRAPH_MODEL.map((model) => model.collection).join(', ')}`,
  params: {},
};

/**
 * One kind's records, one row each, sorted by id: read in the order of the
 * :Entity(id) index, so that a million of them need no sort in memory.
 */
export const recordStatement = (model: KindModel): Statement => ({
  cypher: `MATCH (n:${Label.Entity}) USING INDEX n:${Label.Entity}(id) WHERE n.id IS NOT NULL AND n:${model.descriptor.label}
    WITH n ORDER BY n.id RETURN ${recordProjection(model)} AS record`,
  params: {},
});

/** The whole graph in the import format (GraphImportInput), sorted by id: importing it rebuilds the same graph. */
export async function exportGraph(db: GraphExecutor): Promise<CanonicalGraph> {
  const [row] = await db.read(EXPORT, { timeoutMs: EXPORT_TIMEOUT_MS });
  return canonicalGraph(row as never);
}
