import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';

/** Every selected figure in one statement. */
export async function graphStats(context: GraphContext, info: GraphQLResolveInfo) {
  const statement = new StatementBuilder();
  const stats = new SelectionProjector(info, statement).projectRoot('null');
  const [row] = await context.db.read(statement.build(`RETURN ${stats} AS stats`));
  return row.stats;
}
