import { CHANGE_LOG_KEY, Label } from '../cypher/vocabulary';
import { encodeCursor } from '../cypher/cursor';
import type { Row, Statement } from '../db/graphDatabase';
import { CHANGE_ORDER } from '../changes/change.type';

/** Where the graph stands: the change log's last number, in the log of one database. */
export interface GraphVersion {
  /** The last change committed: every logged write raises it. */
  seq: number;
  /** The change log's random identity (migration 7): another database's log has another. */
  log: string;
  /** What `dataset.version` says: `<seq>-<12 hex digits of the log's identity>`, as "1874-3f2a9c0e51d7". */
  version: string;
  /** The change cursor of `seq`: `changes(after:)` from it reads what came after this version. */
  cursor: string;
}

export const GRAPH_VERSION: Statement = {
  cypher: `MATCH (log:${Label.ChangeLog} {key: '${CHANGE_LOG_KEY}'}) RETURN log.last AS seq, log.graph AS log`,
  params: {},
};

export function graphVersion(rows: Row[]): GraphVersion {
  const [row] = rows;
  if (!row || typeof row.seq !== 'number' || typeof row.log !== 'string') throw new Error('the change log is missing: migrations have not run');
  const { seq, log } = row as { seq: number; log: string };
  return {
    seq,
    log,
    version: `${seq}-${log.replace(/-/g, '').slice(0, 12)}`,
    cursor: encodeCursor({ order: CHANGE_ORDER, key: String(seq), id: String(seq) }),
  };
}

/** A version string as it appears in a download's address: anything else is not one of ours. */
export const VERSION_PATTERN = /^(0|[1-9][0-9]{0,15})-[0-9a-f]{12}$/;
