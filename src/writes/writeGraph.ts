import type { Statement } from '../db/graphDatabase';
import { CanonicalGraph, contentHash } from '../documents/canonical';
import { GraphRecord } from '../documents/graphDocument';
import { GRAPH_MODEL, KindModel } from '../documents/graphModel';
import { cjkText, searchText } from '../text/searchText';
import { mapKey } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';

const STAMP = 'n.contentHash = row.hash, n.updatedAt = datetime(), n.updatedBy = $updatedBy';

/** How a record field's value is stored (see cypher/fieldCompilers.ts for how it is read back). */
function stored(name: string, descriptor: KindModel['fields'][number][1]): string {
  const value = `row.${mapKey(name)}`;
  if (descriptor.kind !== 'property' || descriptor.storage === 'value' || descriptor.storage === 'list') return value;
  if (descriptor.storage === 'date') return `date(${value})`;
  const [first, second] = descriptor.storage.pairs;
  return `[item IN ${value} | item.${mapKey(first)} + ':' + item.${mapKey(second)}]`;
}

/** The statement that writes one kind's nodes: MERGEd on id, every record property replaced, derived ones recomputed. */
function nodeStatement(model: KindModel): string {
  const { descriptor } = model;
  const assignments = model.fields
    .filter(([name, field]) => field.kind === 'property' && name !== 'id')
    .map(([name, field]) => `n.${mapKey(name)} = ${stored(name, field)}`);
  for (const [name, cypher] of Object.entries(descriptor.derived ?? {})) assignments.push(`n.${mapKey(name)} = ${cypher}`);
  if (descriptor.searchText) assignments.push('n.searchText = row.searchText', 'n.cjkText = row.cjkText');
  return `UNWIND $rows AS row MERGE (n:${Label.Entity} {id: row.id}) SET n:${descriptor.label},
    ${assignments.join(', ')}, ${STAMP}`;
}

/**
 * The statement that replaces the relationships a kind's records own (a
 * target's parent; a mission's agencies, targets and predecessors; an event's
 * mission and targets), in the order given; null when it owns none.
 */
function relationshipStatement(model: KindModel): string | null {
  if (model.references.length === 0) return null;
  const outgoing = model.references.filter(([, field]) => field.spec.direction === 'OUT').map(([, field]) => field.spec.type);
  const incoming = model.references.filter(([, field]) => field.spec.direction === 'IN').map(([, field]) => field.spec.type);
  const clauses: string[] = [];
  if (outgoing.length > 0) clauses.push(`CALL (n) { OPTIONAL MATCH (n)-[old:${[...new Set(outgoing)].join('|')}]->() DELETE old }`);
  if (incoming.length > 0) clauses.push(`CALL (n) { OPTIONAL MATCH ()-[old:${[...new Set(incoming)].join('|')}]->(n) DELETE old }`);
  for (const [name, { spec, record }] of model.references) {
    const other = `(other:${Label.Entity}:${spec.label} {id: ${spec.many ? (record.ordered ? `row.${mapKey(name)}[i]` : 'id') : `row.${mapKey(name)}`}})`;
    const link = spec.direction === 'OUT' ? `(n)-[:${spec.type}${record.ordered ? ' {order: i}' : ''}]->(other)` : `(other)-[:${spec.type}]->(n)`;
    const each = !spec.many ? '' : record.ordered ? `UNWIND range(0, size(row.${mapKey(name)}) - 1) AS i ` : `UNWIND row.${mapKey(name)} AS id `;
    clauses.push(`CALL (n, row) { ${each}MATCH ${other} CREATE ${link} }`);
  }
  return `UNWIND $rows AS row MATCH (n:${Label.Entity}:${model.descriptor.label} {id: row.id})
    ${clauses.join('\n    ')}`;
}

/** Statements are built once per kind: only their rows change. */
const STATEMENTS = GRAPH_MODEL.map((model) => ({ model, nodes: nodeStatement(model), relationships: relationshipStatement(model) }));

/**
 * The statements that write `graph` (already validated, and holding only the
 * records that changed). Nodes first, so that relationships find every new node.
 */
export function writeStatements(graph: CanonicalGraph, updatedBy: string): Statement[] {
  const statements: Statement[] = [];
  const relationships: Statement[] = [];
  for (const { model, nodes, relationships: linking } of STATEMENTS) {
    const records = graph[model.collection];
    if (records.length === 0) continue;
    const rows = records.map((record) => rowOf(model, record));
    statements.push({ cypher: nodes, params: { rows, updatedBy } });
    if (linking) relationships.push({ cypher: linking, params: { rows, updatedBy } });
  }
  return [...statements, ...relationships];
}

/** What a field gives the full-text index: its text, or the texts of its names ({ language, text }). */
function searchable(value: unknown): string | string[] | null {
  if (!Array.isArray(value)) return typeof value === 'string' ? value : null;
  return value.map((item) => (typeof item === 'string' ? item : String((item as { text?: unknown }).text ?? '')));
}

function rowOf(model: KindModel, record: GraphRecord): Record<string, unknown> {
  const fields = model.descriptor.searchText;
  if (!fields) return { ...record, hash: contentHash(record) };
  const texts = fields.map((field) => searchable(record[field]));
  return { ...record, searchText: searchText(record.name as string, ...texts), cjkText: cjkText(...texts), hash: contentHash(record) };
}
