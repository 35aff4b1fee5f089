import { GraphQLResolveInfo } from 'graphql';
import { SelectionProjector } from './projector';
import { Statement, StatementBuilder } from './statementBuilder';
import { Label, NodeLabel } from './vocabulary';

/** One entity by id, with everything selected under it, in one statement. */
export function compileLookup(info: GraphQLResolveInfo, label: NodeLabel | null, id: string): Statement {
  const statement = new StatementBuilder();
  const projection = new SelectionProjector(info, statement).projectRoot('n');
  // Matching on :Entity uses the uniqueness constraint's index; the label is a filter on one node.
  const labelFilter = label ? ` WHERE n:${label}` : '';
  return statement.buildReturning(`MATCH (n:${Label.Entity} {id: ${statement.param(id)}})${labelFilter}`, projection, 'node');
}
