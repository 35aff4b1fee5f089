import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { compileListStatement, ConnectionRequest } from '../cypher/connection';
import { compileLookup } from '../cypher/lookup';
import { SelectionProjector } from '../cypher/projector';
import { Statement, StatementBuilder } from '../cypher/statementBuilder';
import { throwOnUnknownIds } from '../cypher/idChecks';
import { Row } from '../db/graphDatabase';
import { NodeLabel } from '../cypher/vocabulary';
import type { GraphContext } from '../context';

/**
 * Runs a root field's statement and answers its one row: an id its filters
 * named that is no entity of the right kind is the client's error, found by
 * the statement itself (see StatementBuilder.buildReturning).
 */
export async function readRoot(context: GraphContext, statement: Statement): Promise<Row | undefined> {
  const [row] = await context.db.read(statement);
  throwOnUnknownIds(row?.unknownIds);
  return row;
}

/** A root lookup by id: one statement, null when there is no such entity. */
export async function findOne(context: GraphContext, info: GraphQLResolveInfo, label: NodeLabel | null, id: string) {
  return (await readRoot(context, compileLookup(info, label, id)))?.node ?? null;
}

/** A root list page: one statement for the page, its nested fields and totalCount. */
export async function findPage(context: GraphContext, info: GraphQLResolveInfo, statement: StatementBuilder, request: ConnectionRequest) {
  const projector = new SelectionProjector(info, statement);
  const connectionType = getNamedType(info.returnType) as GraphQLObjectType;
  return (await readRoot(context, compileListStatement(projector, connectionType, info.fieldNodes, request)))!.connection;
}
