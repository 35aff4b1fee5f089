import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { badUserInput } from '../errors/publicError';
import { relatedExpression } from './related.compiler';

export async function relatedMissions(context: GraphContext, info: GraphQLResolveInfo, id: string, first: number) {
  const statement = new StatementBuilder();
  const projector = new SelectionProjector(info, statement);
  const related = relatedExpression(statement, 'm', first, (scope) => projector.projectRoot('null', scope));
  const rows = await context.db.read(statement.build(`MATCH (m:${Label.Entity}:${Label.Mission} {id: ${statement.param(id)}}) RETURN ${related} AS related`));
  if (rows.length === 0) throw badUserInput(`No mission has the id "${id}".`);
  return rows[0].related;
}
