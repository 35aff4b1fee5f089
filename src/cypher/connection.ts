import { FieldNode, GraphQLObjectType } from 'graphql';
import { FieldCompiler, Scope } from './compiledField';
import { decodeCursor, encodeRawCursor } from './cursor';
import { isDateOrder, Ordering, sortKey } from './ordering';
import { checkFirst } from './pageSize';
import { SelectionProjector } from './projector';
import { StatementBuilder } from './statementBuilder';
import { NodeLabel } from './vocabulary';

export interface ListOrder {
  /** The public name, also written into cursors: "LAUNCH_DATE_ASC". */
  name: string;
  key: Exclude<Ordering, 'relationshipOrder'>;
  direction: 'ASC' | 'DESC';
}

/** Where a list's nodes come from, written for the node variable `node`. */
export interface ListSource {
  /**
   * The pattern that binds `node`, e.g. `(:Entity:Agency {id: $p0})<-[:OPERATED_BY]-(n0:Mission)`
   * when a filter names a node (its id is indexed, so Neo4j walks its relationships instead of
   * testing every node of the label). Without one the list scans the label.
   */
  pattern?: string;
  /** True when the pattern can reach the same node twice. */
  distinct?: boolean;
  /** Cypher predicates on `node`, their values already parameters of the statement. */
  predicates: string[];
}

export interface ConnectionRequest {
  label: NodeLabel;
  source: (node: string) => ListSource;
  order: ListOrder;
  /** As the client gave it; checked here. */
  first: unknown;
  defaultFirst: number;
  after?: string | null;
}

/** The fields of a page that need its rows (all but totalCount). */
const PAGE_FIELDS = new Set(['nodes', 'edges', 'pageInfo']);

/**
 * A page of a list as one Cypher expression: keyset pagination on (sort key,
 * id), so a page never shifts when nodes are added before it, and totalCount
 * by COUNT {}, never by collecting the list. Only what is selected is computed.
 * The same expression serves a root list and a list nested in a projection.
 */
export function connectionExpression(
  statement: StatementBuilder,
  selected: readonly string[],
  request: ConnectionRequest,
  project: (scope: Scope, rows: string) => string,
): string {
  const { order } = request;
  const first = checkFirst(request.first, request.defaultFirst);
  // Checked even when only totalCount is asked for: a bad cursor is an error whatever is selected.
  const cursor = request.after ? decodeCursor(request.after, order.name, isDateOrder(order.key) ? 'date' : 'text') : null;
  const node = statement.variable('n');
  const listed = request.source(node);
  const match = `MATCH ${listed.pattern ?? `(${node}:${request.label})`}${listed.distinct ? ` WITH DISTINCT ${node}` : ''}`;
  const where = (extra: string[]) => {
    const predicates = [...listed.predicates, ...extra];
    return predicates.length > 0 ? ` WHERE ${predicates.join(' AND ')}` : '';
  };
  const firstParam = statement.intParam(first);
  const scope: Record<string, string> = {
    count: `COUNT { ${match}${where([])} RETURN ${node} }`,
    first: firstParam,
    order: statement.param(order.name),
    orderKey: order.key,
  };

  if (!selected.some((name) => PAGE_FIELDS.has(name))) return project(scope, 'null');

  const key = sortKey(order.key, node);
  const keyset: string[] = [];
  if (cursor) {
    const after = isDateOrder(order.key) ? `date(${statement.param(cursor.key)})` : statement.param(cursor.key);
    const id = statement.param(cursor.id);
    const beyond = order.direction === 'ASC' ? '>' : '<';
    keyset.push(`(${key} ${beyond} ${after} OR (${key} = ${after} AND ${node}.id ${beyond} ${id}))`);
  }
  const rows = statement.variable('rows');
  scope.rows = rows;
  scope.endCursor = `CASE WHEN size(${pageRows(scope)}) = 0 THEN null ELSE ${rawCursor(scope, `last(${pageRows(scope)})`)} END`;
  const page =
    `COLLECT { ${match}${where(keyset)} WITH ${node}, ${key} AS sortKey ` +
    `ORDER BY sortKey ${order.direction}, ${node}.id ${order.direction} LIMIT ${statement.intParam(first + 1)} RETURN ${node} }`;
  return `[${rows} IN [${page}] | ${project(scope, rows)}][0]`;
}

/** A node's cursor in the scope's order: what Edge.cursor and PageInfo.endCursor return, encoded by their presenter. */
function rawCursor(scope: Scope, node: string): string {
  return `[${scope.order}, toString(${sortKey(scope.orderKey as Ordering, node)}), ${node}.id]`;
}

const pageRows = (scope: Scope) => `${scope.rows}[0..${scope.first}]`;

/** The compilers of the contract's <Node>Connection, <Node>Edge and PageInfo fields, reading the page's scope. */
export const CONNECTION_COMPILERS = {
  totalCount: (({ scope }) => scope.count) as FieldCompiler,
  nodes: ((field) => field.projectEach(pageRows(field.scope))) as FieldCompiler,
  edges: ((field) => field.projectEach(pageRows(field.scope), field.scope)) as FieldCompiler,
  pageInfo: ((field) => field.project(field.scope.rows, field.scope)) as FieldCompiler,
};

export const EDGE_COMPILERS = {
  cursor: (({ source, scope }) => rawCursor(scope, source)) as FieldCompiler,
  node: ((field) => field.project(field.source)) as FieldCompiler,
};

/** PageInfo reads the scope of the list it ends: its rows (one more than the page), the page size and the last row's cursor. */
export const PAGE_INFO_COMPILERS = {
  hasNextPage: (({ scope }) => `size(${scope.rows}) > ${scope.first}`) as FieldCompiler,
  endCursor: (({ scope }) => scope.endCursor) as FieldCompiler,
};

/** What a cursor field presents: the raw [order, key, id] encoded. */
export const presentCursor = encodeRawCursor;

/** A root list: the statement that answers it. */
export function compileListStatement(projector: SelectionProjector, returnType: GraphQLObjectType, fieldNodes: readonly FieldNode[], request: ConnectionRequest) {
  const selected = projector.selectedFieldNames(returnType, fieldNodes);
  const expression = connectionExpression(projector.statement, selected, request, (scope, rows) => projector.project(rows, returnType, fieldNodes, scope));
  return projector.statement.buildReturning('', expression, 'connection');
}

