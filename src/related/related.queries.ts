import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../common/publicError';
import { GraphContext } from '../context';
import { SelectionCompiler } from '../graph/selectionCompiler';
import { StatementBuilder } from '../graph/statementBuilder';
import { relatedExpression } from './relatedCompiler';

export async function relatedMissions(context: GraphContext, info: GraphQLResolveInfo, id: string, first: number) {
  const statement = new StatementBuilder();
  const compiler = new SelectionCompiler(info, statement);
  const related = relatedExpression(compiler, statement, 'm', getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes, first);
  const rows = await context.db.read(
    statement.build(`MATCH (m:Entity:Mission {id: ${statement.param(id)}}) RETURN ${related} AS related`),
    context.cypherLog,
  );
  if (rows.length === 0) throw badUserInput(`No mission has the id "${id}".`);
  return rows[0].related;
}
