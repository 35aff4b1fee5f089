import { CHANGE_LOG_KEY, Label } from '../cypher/vocabulary';
import { ENTITY_KINDS } from '../entities/entityKinds';

export type ChangeKindName = 'CREATED' | 'UPDATED' | 'DELETED';

/** One entry before it is numbered: what happened to which entity. */
export interface ChangeEntry {
  kind: ChangeKindName;
  id: string;
  /** The entity's kind, as EntityKind spells it: MISSION, AGENCY, TARGET, EVENT. */
  entityKind: string;
}

/**
 * The clause that appends `changes` (a Cypher list of { kind, id, entityKind })
 * to the change log, in the transaction of the write it records (an outbox):
 * a change is never visible without its entry, nor an entry without its change.
 *
 * The entries are numbered under the write lock of the one :ChangeLog node,
 * taken before its counter is read. The lock is held until commit, so a
 * transaction that numbers later also commits later: a reader that has seen
 * entry n never meets an entry below n afterwards. It is the last thing a
 * write does, so the lock is held for the end of the transaction only, and
 * no write takes it before the entity locks it needs (no deadlock).
 *
 * The time is read once the lock is held, so committedAt grows with the
 * number (the transaction's start time would not: an import that started
 * first may number last), and it is as close to the commit as a statement gets.
 *
 * A unit subquery: it adds no rows and removes none from the statement it ends.
 */
export function appendChanges(changes: string, by: string, imports: readonly string[] = []): string {
  return `CALL (${imports.join(', ')}) {
      WITH ${changes} AS changes WHERE size(changes) > 0
      MATCH (log:${Label.ChangeLog} {key: '${CHANGE_LOG_KEY}'})
      SET log.locked = true
      WITH log, changes, log.last AS last, datetime.realtime() AS at
      SET log.last = last + size(changes)
      WITH changes, last, at
      UNWIND range(0, size(changes) - 1) AS i
      CREATE (:${Label.Change} {seq: last + 1 + i, committedAt: at, kind: changes[i].kind, entityId: changes[i].id,
        entityKind: changes[i].entityKind, by: ${by}})
    }`;
}

/** The EntityKind of a node, in Cypher: for entries built inside a statement (a delete's). */
export const entityKindOf = (node: string): string =>
  `CASE ${ENTITY_KINDS.map(({ kind, label }) => `WHEN ${node}:${label} THEN '${kind}'`).join(' ')} END`;
