import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { Statement } from '../db/graphDatabase';
import { NodeLabel } from './model';
import { SelectionCompiler } from './selectionCompiler';
import { StatementBuilder } from './statementBuilder';

/** One entity by id, with everything selected under it, in one statement. */
export function compileLookup(info: GraphQLResolveInfo, label: NodeLabel | null, id: string): Statement {
  const statement = new StatementBuilder();
  const projection = new SelectionCompiler(info, statement).project('n', getNamedType(info.returnType), info.fieldNodes);
  // Matching on :Entity uses the uniqueness constraint's index; the label is a filter on one node.
  const labelFilter = label ? ` WHERE n:${label}` : '';
  return statement.build(`MATCH (n:Entity {id: ${statement.param(id)}})${labelFilter} RETURN ${projection} AS node`);
}
