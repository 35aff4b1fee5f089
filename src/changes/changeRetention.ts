import { StatementBuilder } from '../cypher/statementBuilder';
import { CHANGE_LOG_KEY, Label } from '../cypher/vocabulary';
import type { GraphExecutor } from '../db/graphDatabase';
import { isUnavailable } from '../errors/databaseError';
import type { Logger } from '../observability/logger';

/** Changes deleted per transaction: small enough that no transaction holds much, large enough to catch up fast. */
const PRUNE_BATCH = 5000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * One batch: the oldest changes committed more than `retentionDays` ago, in
 * number order and stopping at the first younger one, so that what is pruned
 * is always the start of the log and the horizon says where it ends. Only the
 * :ChangeHorizon node is locked (one pruner at a time, across API processes);
 * writers number under the :ChangeLog node's lock, and never wait on this.
 */
function pruneBatch(retentionDays: number): { cypher: string; params: Record<string, unknown> } {
  const statement = new StatementBuilder();
  const days = statement.intParam(retentionDays);
  return statement.build(`MERGE (horizon:${Label.ChangeHorizon} {key: '${CHANGE_LOG_KEY}'}) ON CREATE SET horizon.prunedThrough = 0
    SET horizon.pruning = true
    WITH horizon, horizon.prunedThrough AS through, datetime.realtime() - duration({days: ${days}}) AS before
    WITH horizon, before, COLLECT {
      MATCH (change:${Label.Change}) WHERE change.seq > through
      RETURN change ORDER BY change.seq LIMIT ${statement.intParam(PRUNE_BATCH)}
    } AS oldest
    WITH horizon, oldest[0..coalesce([i IN range(0, size(oldest) - 1) WHERE oldest[i].committedAt >= before][0], size(oldest))] AS gone
    WITH horizon, gone, last(gone).seq AS through
    FOREACH (change IN gone | DELETE change)
    SET horizon.prunedThrough = coalesce(through, horizon.prunedThrough)
    REMOVE horizon.pruning
    RETURN size(gone) AS pruned`);
}

/** Deletes every change older than the retention, a batch per transaction; answers how many. */
export async function pruneChanges(db: GraphExecutor, retentionDays: number): Promise<number> {
  const batch = pruneBatch(retentionDays);
  let total = 0;
  for (;;) {
    const [{ pruned }] = await db.write(batch);
    total += pruned as number;
    if ((pruned as number) < PRUNE_BATCH) return total;
  }
}

/** Prunes the change log at start and every hour, in every API process (the horizon's lock makes them take turns). */
export class ChangeRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: GraphExecutor,
    private readonly retentionDays: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const prune = () =>
      pruneChanges(this.db, this.retentionDays).then(
        (pruned) => pruned > 0 && this.logger.info({ pruned, retentionDays: this.retentionDays }, 'pruned the change log'),
        // Neo4j down, or not ready yet: the next hour tries again, as it does after any other failure.
        (error: unknown) => (isUnavailable(error) ? undefined : this.logger.warn({ err: error }, 'could not prune the change log')),
      );
    void prune();
    this.timer = setInterval(prune, PRUNE_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
