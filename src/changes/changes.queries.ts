import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { decodeCursor, RawCursor } from '../cypher/cursor';
import { checkFirst } from '../cypher/pageSize';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { CHANGE_LOG_KEY, Label } from '../cypher/vocabulary';
import type { GraphExecutor } from '../db/graphDatabase';
import { readRoot } from '../entities/entity.queries';
import { badUserInput } from '../errors/publicError';
import { CHANGE_FIELDS, CHANGE_ORDER, changeCursor } from './change.type';

export const CHANGES_DEFAULT_FIRST = 100;

export interface ChangesArgs {
  after?: string | null;
  first?: number | null;
}

/** A change as the feed reads it: every field of Change, raw (the cursor not yet encoded), and its number. */
export interface ChangeRecord {
  seq: number;
  cursor: RawCursor;
  committedAt: string;
  kind: string;
  entityId: string;
  entityKind: string;
  by: string | null;
}

/** The sequence number a change cursor stands for; null (from the oldest change kept) without one. */
export function changeSequence(after: string | null | undefined): number | null {
  if (!after) return null;
  const key = String(decodeCursor(after, CHANGE_ORDER, 'text').key);
  const seq = Number(key);
  if (!/^(0|[1-9][0-9]{0,15})$/.test(key) || !Number.isSafeInteger(seq)) throw badUserInput(`"after" is not a cursor of the change log.`);
  return seq;
}

export const cursorExpired = () =>
  badUserInput(
    '"after" is older than the change log keeps (a cursor stays valid for at least 30 days): the changes after it have been pruned. ' +
      'A mirror must start again from a download of the whole graph (Query.dataset), then follow the log from there.',
  );

/**
 * The clause that binds `after` (the cursor's number, or the horizon without
 * one), `expired` and `rows`: up to `limit` changes after it, oldest first.
 *
 * Only the run of numbers that follows `after` without a gap is taken. Numbers
 * have no gap when committed, so a gap is either pruning (then `after` is
 * below the horizon, and expired) or a transaction whose entries this read
 * saw only in part: its rest is taken on the next read, never skipped.
 */
function changeWindow(statement: StatementBuilder, after: number | null, limit: number): string {
  return `OPTIONAL MATCH (horizon:${Label.ChangeHorizon} {key: '${CHANGE_LOG_KEY}'})
    WITH coalesce(horizon.prunedThrough, 0) AS horizon
    WITH horizon, coalesce(${after === null ? 'null' : statement.intParam(after)}, horizon) AS after
    WITH after, after < horizon AS expired, COLLECT {
      MATCH (change:${Label.Change}) WHERE change.seq > after
      RETURN change ORDER BY change.seq LIMIT ${statement.intParam(limit)}
    } AS fetched
    WITH after, expired, fetched[0..size([i IN range(0, size(fetched) - 1) WHERE fetched[i].seq = after + 1 + i])] AS rows`;
}

/** Query.changes: the changes committed after the cursor, oldest first, a page at a time, in one statement. */
export async function changes(context: GraphContext, info: GraphQLResolveInfo, args: ChangesArgs) {
  const first = checkFirst(args.first, CHANGES_DEFAULT_FIRST);
  const statement = new StatementBuilder();
  const scope: Record<string, string> = { rows: 'rows', first: statement.intParam(first) };
  const page = `rows[0..${scope.first}]`;
  // An empty page ends where it began: polling with its endCursor never goes back, nor skips what comes next.
  scope.endCursor = `CASE WHEN size(${page}) = 0 THEN ${changeCursor('after')} ELSE ${CHANGE_FIELDS.cursor(`last(${page})`)} END`;
  const connection = new SelectionProjector(info, statement).projectRoot('null', scope);
  const window = changeWindow(statement, changeSequence(args.after), first + 1);
  const row = await readRoot(context, statement.build(`${window}\nRETURN ${connection} AS connection, expired`));
  if (row!.expired) throw cursorExpired();
  return row!.connection;
}

const RECORD = `{ seq: change.seq, ${Object.entries(CHANGE_FIELDS).map(([name, read]) => `${name}: ${read('change')}`).join(', ')} }`;

/** Every field of the changes after `after` (a number, or the oldest kept), at most `limit`: what the change feed serves. */
export async function readChanges(db: GraphExecutor, after: number | null, limit: number): Promise<{ after: number; changes: ChangeRecord[] }> {
  const statement = new StatementBuilder();
  const window = changeWindow(statement, after, limit);
  const [row] = await db.read(statement.build(`${window}\nRETURN after, expired, [change IN rows | ${RECORD}] AS changes`));
  if (row.expired) throw cursorExpired();
  return { after: row.after as number, changes: row.changes as ChangeRecord[] };
}

/** The number of the last change committed: where a subscriber that gave no cursor starts. */
export async function lastChange(db: GraphExecutor): Promise<number> {
  const [row] = await db.read({ cypher: `OPTIONAL MATCH (log:${Label.ChangeLog} {key: '${CHANGE_LOG_KEY}'}) RETURN coalesce(log.last, 0) AS last`, params: {} });
  return row.last as number;
}
