import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { RELATIONSHIP_TYPES } from '../graph/model';
import { SelectionCompiler } from '../graph/selectionCompiler';
import { mapKey, StatementBuilder } from '../graph/statementBuilder';

/** Any of the graph's relationships, in either direction: the closed list, never user input. */
export const ANY_RELATIONSHIP = RELATIONSHIP_TYPES.join('|');

export const edgeMap = (relationship: string) =>
  `{ type: type(${relationship}), from: startNode(${relationship}).id, to: endNode(${relationship}).id }`;

/**
 * The entries of a GraphPath or Subgraph projection: `nodesList` and
 * `edgesList` are Cypher lists (of nodes, and of edge maps); scalar fields
 * such as length or truncated come from `scalars`.
 */
export function subgraphEntries(
  info: GraphQLResolveInfo,
  statement: StatementBuilder,
  fieldNodes: readonly FieldNode[],
  lists: { nodes: string; edges: string },
  scalars: Record<string, string>,
): string[] {
  const compiler = new SelectionCompiler(info, statement);
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  const entries: string[] = [];
  for (const [key, nodes] of compiler.subfields(type, fieldNodes)) {
    const field = nodes[0].name.value;
    if (field === 'nodes') {
      const node = statement.variable('n');
      entries.push(`${mapKey(key)}: [${node} IN ${lists.nodes} | ${compiler.project(node, getNamedType(type.getFields().nodes.type), nodes)}]`);
    } else if (field === 'edges') {
      entries.push(`${mapKey(key)}: ${lists.edges}`);
    } else if (field in scalars) {
      entries.push(`${mapKey(key)}: ${scalars[field]}`);
    }
  }
  return entries;
}
