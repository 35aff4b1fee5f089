import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { compileConnection, ConnectionRequest } from './connection';
import { compileLookup } from './lookup';
import { NodeLabel } from './model';
import { StatementBuilder } from './statementBuilder';

/** A root lookup by id: one statement, null when there is no such entity. */
export async function findOne(context: GraphContext, info: GraphQLResolveInfo, label: NodeLabel | null, id: string) {
  const rows = await context.db.read(compileLookup(info, label, id), context.cypherLog);
  return rows[0]?.node ?? null;
}

/** A root list page: one statement for the page, its nested fields and totalCount. */
export async function findPage(
  context: GraphContext,
  info: GraphQLResolveInfo,
  statement: StatementBuilder,
  request: ConnectionRequest,
) {
  const compiled = compileConnection(info, statement, request);
  const rows = await context.db.read(compiled.statement, context.cypherLog);
  return compiled.shape(rows[0]);
}
