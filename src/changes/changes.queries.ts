import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { decodeCursor } from '../cypher/cursor';
import { checkFirst } from '../cypher/pageSize';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { readRoot } from '../entities/entity.queries';
import { badUserInput } from '../errors/publicError';
import { CHANGE_ORDER, changeCursor } from './change.type';

export const CHANGES_DEFAULT_FIRST = 100;

export interface ChangesArgs {
  after?: string | null;
  first?: number | null;
}

/** The sequence number a change cursor stands for; 0 (before the first change) without one. */
export function changeSequence(after: string | null | undefined): number {
  if (!after) return 0;
  const key = String(decodeCursor(after, CHANGE_ORDER, 'text').key);
  const seq = Number(key);
  if (!/^(0|[1-9][0-9]{0,15})$/.test(key) || !Number.isSafeInteger(seq)) throw badUserInput(`"after" is not a cursor of the change log.`);
  return seq;
}

/** Query.changes: the changes committed after the cursor, oldest first, a page at a time, in one statement. */
export async function changes(context: GraphContext, info: GraphQLResolveInfo, args: ChangesArgs) {
  const first = checkFirst(args.first, CHANGES_DEFAULT_FIRST);
  const after = changeSequence(args.after);
  const statement = new StatementBuilder();
  const scope: Record<string, string> = { rows: 'rows', first: statement.intParam(first) };
  const page = `rows[0..${scope.first}]`;
  const afterCursor = args.after ? `['${CHANGE_ORDER}', toString(${statement.intParam(after)}), toString(${statement.intParam(after)})]` : 'null';
  scope.endCursor = `CASE WHEN size(${page}) = 0 THEN ${afterCursor} ELSE ${changeCursor(`last(${page})`)} END`;
  const connection = new SelectionProjector(info, statement).projectRoot('null', scope);
  const body = `WITH COLLECT {
      MATCH (change:${Label.Change}) WHERE change.seq > ${statement.intParam(after)}
      RETURN change ORDER BY change.seq LIMIT ${statement.intParam(first + 1)}
    } AS rows`;
  return (await readRoot(context, statement.buildReturning(body, connection, 'connection')))!.connection;
}
