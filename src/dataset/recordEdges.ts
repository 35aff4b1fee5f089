import type { RelationshipType } from '../cypher/vocabulary';
import type { GraphRecord } from '../documents/graphDocument';
import type { KindModel } from '../documents/graphModel';

/** One relationship of the graph, as the downloads write it: `order` for the ordered ones (0 = lead agency, primary target). */
export interface GraphEdge {
  type: RelationshipType;
  from: string;
  to: string;
  order: number | null;
}

/**
 * The relationships a record owns, in field order: every relationship of the
 * graph is owned by exactly one record (a mission its agencies, targets and
 * predecessors, an event its mission and targets, a target its parent), so the
 * records of a snapshot yield each relationship once.
 */
export function recordEdges(model: KindModel, record: GraphRecord): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const [name, field] of model.references) {
    const value = record[name];
    const ids = (Array.isArray(value) ? value : value == null ? [] : [value]) as string[];
    ids.forEach((id, index) => {
      const [from, to] = field.spec.direction === 'OUT' ? [record.id, id] : [id, record.id];
      edges.push({ type: field.spec.type, from, to, order: field.record.ordered ? index : null });
    });
  }
  return edges;
}
