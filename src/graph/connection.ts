import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { checkFirst } from '../common/pagination';
import { Statement } from '../db/graphDatabase';
import { NodeLabel, Ordering, sortKey } from './model';
import { SelectionCompiler } from './selectionCompiler';
import { mapKey, StatementBuilder } from './statementBuilder';

export interface ListOrder {
  /** The public name, also written into cursors: "LAUNCH_DATE_ASC". */
  name: string;
  key: Exclude<Ordering, 'relationshipOrder'>;
  direction: 'ASC' | 'DESC';
}

export interface ConnectionRequest {
  label: NodeLabel;
  /** Cypher predicates on `n`, their values already parameters of `statement`. */
  predicates: string[];
  /**
   * Where the list starts when a filter names a node: a pattern binding `n` from
   * that node's index entry, e.g. `(:Entity:Agency {id: $p0})<-[:OPERATED_BY]-(n:Mission)`,
   * so Neo4j walks its relationships instead of testing every node of the label.
   * `distinct` when the pattern can reach the same `n` twice.
   */
  anchor?: { pattern: string; distinct: boolean };
  order: ListOrder;
  first: unknown;
  after?: string | null;
}

export interface CompiledConnection {
  statement: Statement;
  /** Turns the row the statement returned into the connection object. */
  shape(row: Record<string, unknown>): Record<string, unknown>;
}

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE_DEFAULT = 20;

/**
 * A page of a list in one statement: keyset pagination on (sort key, id), so a
 * page never shifts when nodes are added before it, and totalCount by count(),
 * never by collecting the list. Only what is selected is computed.
 */
export function compileConnection(info: GraphQLResolveInfo, statement: StatementBuilder, request: ConnectionRequest): CompiledConnection {
  const { label, order } = request;
  const first = checkFirst(request.first, PAGE_SIZE_DEFAULT);
  const isDate = order.key === 'launchDate' || order.key === 'eventDate';
  const cursor = request.after ? decodeCursor(request.after, order.name, isDate ? DATE_KEY : /^[\s\S]*$/) : null;
  const compiler = new SelectionCompiler(info, statement);
  const connectionType = getNamedType(info.returnType) as GraphQLObjectType;
  const fields = compiler.subfields(connectionType, info.fieldNodes);

  const where = request.predicates.length > 0 ? request.predicates.join(' AND ') : 'true';
  const anchor = request.anchor;
  const match = anchor ? `MATCH ${anchor.pattern}${anchor.distinct ? ' WITH DISTINCT n' : ''}` : `MATCH (n:${label})`;
  const key = sortKey(order.key, 'n', '');
  const parts: string[] = [];
  const returned: string[] = [];
  const rowEntries: string[] = [];
  const cursorKeys: { edges: string; cursor: string[] }[] = [];
  const endCursorKeys: { pageInfo: string; endCursor: string[] }[] = [];
  const firstParam = statement.intParam(first);
  let counted = false;
  let paged = false;
  const page = `rows[0..${firstParam}]`;

  for (const [responseKey, nodes] of fields) {
    const fieldName = nodes[0].name.value;
    const fieldType = connectionType.getFields()[fieldName]?.type;
    if (fieldName === 'totalCount') {
      if (!counted) parts.push(`CALL () { ${match} WHERE ${where} RETURN count(n) AS total }`);
      counted = true;
      returned.push(`${mapKey(responseKey)}: total`);
    } else if (fieldName === 'nodes') {
      paged = true;
      const rowKey = `k${rowEntries.length}`;
      rowEntries.push(`${rowKey}: ${compiler.project('n', getNamedType(fieldType), nodes)}`);
      returned.push(`${mapKey(responseKey)}: [row IN ${page} | row.${rowKey}]`);
    } else if (fieldName === 'edges') {
      paged = true;
      const edgeType = getNamedType(fieldType) as GraphQLObjectType;
      const edgeEntries: string[] = [];
      const cursorNames: string[] = [];
      for (const [edgeKey, edgeNodes] of compiler.subfields(edgeType, nodes)) {
        const edgeField = edgeNodes[0].name.value;
        if (edgeField === 'cursor') {
          cursorNames.push(edgeKey);
          edgeEntries.push(`${mapKey(edgeKey)}: [row.sortKey, row.id]`);
        } else if (edgeField === 'node') {
          const rowKey = `k${rowEntries.length}`;
          rowEntries.push(`${rowKey}: ${compiler.project('n', getNamedType(edgeType.getFields().node.type), edgeNodes)}`);
          edgeEntries.push(`${mapKey(edgeKey)}: row.${rowKey}`);
        }
      }
      cursorKeys.push({ edges: responseKey, cursor: cursorNames });
      returned.push(`${mapKey(responseKey)}: [row IN ${page} | { ${edgeEntries.join(', ')} }]`);
    } else if (fieldName === 'pageInfo') {
      paged = true;
      const infoEntries: string[] = [];
      const endCursorNames: string[] = [];
      for (const [infoKey, infoNodes] of compiler.subfields(getNamedType(fieldType) as GraphQLObjectType, nodes as FieldNode[])) {
        const infoField = infoNodes[0].name.value;
        if (infoField === 'hasNextPage') infoEntries.push(`${mapKey(infoKey)}: size(rows) > ${firstParam}`);
        if (infoField === 'endCursor') {
          endCursorNames.push(infoKey);
          infoEntries.push(`${mapKey(infoKey)}: CASE WHEN size(${page}) = 0 THEN null ELSE [last(${page}).sortKey, last(${page}).id] END`);
        }
      }
      endCursorKeys.push({ pageInfo: responseKey, endCursor: endCursorNames });
      returned.push(`${mapKey(responseKey)}: { ${infoEntries.join(', ')} }`);
    }
  }

  if (paged) {
    let keyset = '';
    if (cursor) {
      const after = isDate ? `date(${statement.param(cursor.key)})` : statement.param(cursor.key);
      const id = statement.param(cursor.id);
      const beyond = order.direction === 'ASC' ? '>' : '<';
      keyset = ` AND (${key} ${beyond} ${after} OR (${key} = ${after} AND n.id ${beyond} ${id}))`;
    }
    parts.push(
      `CALL () { ${match} WHERE ${where}${keyset} ` +
        `WITH n, ${key} AS sortKey ORDER BY sortKey ${order.direction}, n.id ${order.direction} ` +
        `LIMIT ${statement.intParam(first + 1)} ` +
        `RETURN collect({ sortKey: sortKey, id: n.id${rowEntries.map((entry) => `, ${entry}`).join('')} }) AS rows }`,
    );
  }
  parts.push(`RETURN { ${returned.join(', ')} } AS connection`);

  const encode = (position: unknown): string | null => {
    if (!Array.isArray(position)) return null;
    return encodeCursor({ order: order.name, key: position[0] as string, id: position[1] as string });
  };
  return {
    statement: statement.build(parts.join('\n')),
    shape(row) {
      const connection = row.connection as Record<string, unknown>;
      for (const { edges, cursor: names } of cursorKeys) {
        for (const edge of connection[edges] as Record<string, unknown>[]) {
          for (const name of names) edge[name] = encode(edge[name]);
        }
      }
      for (const { pageInfo, endCursor } of endCursorKeys) {
        const info = connection[pageInfo] as Record<string, unknown>;
        for (const name of endCursor) info[name] = encode(info[name]);
      }
      return connection;
    },
  };
}
