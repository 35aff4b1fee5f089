import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { compileListStatement, ConnectionRequest } from '../cypher/connection';
import { compileLookup } from '../cypher/lookup';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { NodeLabel } from '../cypher/vocabulary';
import type { GraphContext } from '../context';

/** A root lookup by id: one statement, null when there is no such entity. */
export async function findOne(context: GraphContext, info: GraphQLResolveInfo, label: NodeLabel | null, id: string) {
  const rows = await context.db.read(compileLookup(info, label, id));
  return rows[0]?.node ?? null;
}

/** A root list page: one statement for the page, its nested fields and totalCount. */
export async function findPage(context: GraphContext, info: GraphQLResolveInfo, statement: StatementBuilder, request: ConnectionRequest) {
  const projector = new SelectionProjector(info, statement);
  const connectionType = getNamedType(info.returnType) as GraphQLObjectType;
  const rows = await context.db.read(compileListStatement(projector, connectionType, info.fieldNodes, request));
  return rows[0].connection;
}
