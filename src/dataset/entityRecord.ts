import { Label } from '../cypher/vocabulary';
import type { GraphExecutor, Statement } from '../db/graphDatabase';
import { canonicalRecord } from '../documents/canonical';
import type { GraphRecord } from '../documents/graphDocument';
import { GRAPH_MODEL, KindModel } from '../documents/graphModel';
import { recordProjection } from '../writes/exportGraph';

/** One entity's record, as the downloads hold it, whatever its kind: one statement. */
const cypher = `MATCH (n:${Label.Entity} {id: $id})
  RETURN CASE ${GRAPH_MODEL.map((model) => `WHEN n:${model.descriptor.label} THEN '${model.collection}'`).join(' ')} END AS collection,
    CASE ${GRAPH_MODEL.map((model) => `WHEN n:${model.descriptor.label} THEN ${recordProjection(model)}`).join(' ')} END AS record`;

export async function entityRecord(db: GraphExecutor, id: string): Promise<{ model: KindModel; record: GraphRecord } | undefined> {
  const statement: Statement = { cypher, params: { id } };
  const [row] = await db.read(statement);
  const model = GRAPH_MODEL.find((one) => one.collection === row?.collection);
  return model ? { model, record: canonicalRecord(model, row.record as GraphRecord) } : undefined;
}
