import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { readRoot } from '../entities/entity.queries';

/** Every selected figure in one statement. */
export async function graphStats(context: GraphContext, info: GraphQLResolveInfo) {
  const statement = new StatementBuilder();
  const stats = new SelectionProjector(info, statement).projectRoot('null');
  return (await readRoot(context, statement.buildReturning('', stats, 'stats')))!.stats;
}
