import neo4j, { Driver, ManagedTransaction, Record as Neo4jRecord, Result } from 'neo4j-driver';
import type { Statement } from '../cypher/statementBuilder';
import { databaseUnavailable, toPublicError } from '../errors/databaseError';
import type { Logger } from '../observability/logger';
import { CypherLog } from './cypherLog';
import { retriedOnce } from './readRetry';
import type { RequestBookmarks } from './requestBookmarks';
import { StatementSlots } from './statementSlots';
import { toPlain } from './values';

export type { Statement };

export type Row = Record<string, unknown>;

/** Statements of one request that run at once (statementSlots.ts says why). */
const STATEMENTS_AT_ONCE = 2;

export interface RunOptions {
  /** A transaction timeout other than the configured one (bulk loads, warm-up). */
  timeoutMs?: number;
}

/** What the query layer runs its statements through. */
export interface GraphExecutor {
  read(statement: Statement, options?: RunOptions): Promise<Row[]>;
  write(statement: Statement, options?: RunOptions): Promise<Row[]>;
  /** Several statements in one write transaction: all of them or none. */
  writeAll(statements: Statement[], options?: RunOptions): Promise<Row[][]>;
}

export interface GraphDatabaseOptions {
  database: string;
  transactionTimeoutMs: number;
  /** While this says false (migrations not applied yet), statements fail at once with SERVICE_UNAVAILABLE. */
  isReady?: () => boolean;
}

/** The request a statement runs for: named in the transaction's metadata, logged with its statements, counted in its log. */
export interface RequestBinding {
  requestId: string;
  /** Asked for only when something is logged. */
  logger: () => Logger;
  /** Whether statements are logged at all: checked before any work is done for them. */
  debug: boolean;
  log: CypherLog;
  /** Read-your-writes: what its statements wait for, advanced by its writes. */
  bookmarks?: RequestBookmarks;
  /** Told when a write transaction of the request committed (the change feed reads the log at once). */
  onCommitted?: () => void;
}

/**
 * The one way statements reach Neo4j: reads as single statements in read
 * mode and writes in managed transactions (so transient errors retry and a
 * cluster routes reads to followers), a timeout on every transaction, and
 * plain JS values out. Bound to a request, it also names the
 * request in the transaction metadata (SHOW TRANSACTIONS lists it), logs each
 * statement with its parameters at debug and each mapped database error at warn.
 */
export class GraphDatabase implements GraphExecutor {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphDatabaseOptions,
  ) {}

  read(statement: Statement, options?: RunOptions): Promise<Row[]> {
    return this.readOne(statement, options);
  }

  write(statement: Statement, options?: RunOptions): Promise<Row[]> {
    return this.runWrites([statement], options).then((results) => results[0]);
  }

  writeAll(statements: Statement[], options?: RunOptions): Promise<Row[][]> {
    return this.runWrites(statements, options);
  }

  /** The executor one request runs its statements through, a few at a time. */
  forRequest(binding: RequestBinding): GraphExecutor {
    const slots = new StatementSlots(STATEMENTS_AT_ONCE);
    return {
      read: (statement, options) => slots.run(() => this.readOne(statement, options, binding)),
      write: (statement, options) => slots.run(() => this.runWrites([statement], options, binding)).then((results) => results[0]),
      writeAll: (statements, options) => slots.run(() => this.runWrites(statements, options, binding)),
    };
  }

  /** The same database with another transaction timeout, for work that may take long (warm-up, bulk loads). */
  withTimeout(transactionTimeoutMs: number): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, transactionTimeoutMs });
  }

  /** The same database behind a readiness gate: what the API serves requests through. */
  gated(isReady: () => boolean): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, isReady });
  }

  /**
   * Statements whose rows are too many to hold at once (the downloads of a large
   * graph), in one read transaction: `work` reads each statement's rows one at a
   * time, as it consumes them. It is called again from the start if the
   * transaction is retried, so it must begin afresh each time.
   */
  async readStream<T>(work: (rows: (statement: Statement) => AsyncIterable<Row>) => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (this.options.isReady && !this.options.isReady()) throw databaseUnavailable();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work((statement) => streamedRows(tx, statement)), {
        timeout: options.timeoutMs ?? this.options.transactionTimeoutMs,
        metadata: { app: 'missiongraph' },
      });
    } finally {
      await session.close();
    }
  }

  /** Schema statements cannot share a transaction with data; they run alone. */
  async runSchema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * A read is one statement, so it runs as an auto-commit statement: RUN and
   * PULL in one message and one round trip, where a transaction adds BEGIN
   * and COMMIT (three socket writes instead of one, a quarter of the API's
   * CPU per request). Still routed to a follower, with the timeout and the
   * request id in its metadata, and retried once as a managed transaction
   * would be (readRetry.ts).
   */
  private async readOne(statement: Statement, options: RunOptions = {}, request?: RequestBinding): Promise<Row[]> {
    if (this.options.isReady && !this.options.isReady()) throw databaseUnavailable();
    if (request?.debug) request.logger().debug({ cypher: statement.cypher, params: shownParams(statement.params) }, 'cypher statement');
    const config = this.transactionConfig(options, request);
    try {
      const { rows, ms } = await retriedOnce(async () => {
        const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, bookmarks: request?.bookmarks?.current });
        try {
          return await rowsWithTime(withoutCallerStack(() => session.run(statement.cypher, statement.params, config)));
        } finally {
          await session.close();
        }
      });
      request?.log.record(ms, statement);
      return rows;
    } catch (error) {
      throw this.logged(error, request);
    }
  }

  /** Writes run in a managed write transaction: all of the statements or none, retried on a transient failure. */
  private async runWrites(statements: Statement[], options: RunOptions = {}, request?: RequestBinding): Promise<Row[][]> {
    if (this.options.isReady && !this.options.isReady()) throw databaseUnavailable();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarks: request?.bookmarks?.current,
    });
    const work = async (tx: ManagedTransaction): Promise<Row[][]> => {
      const results: Row[][] = [];
      for (const statement of statements) {
        if (request?.debug) request.logger().debug({ cypher: statement.cypher, params: shownParams(statement.params) }, 'cypher statement');
        const { rows, ms } = await rowsWithTime(withoutCallerStack(() => tx.run(statement.cypher, statement.params)));
        request?.log.record(ms, statement);
        results.push(rows);
      }
      return results;
    };
    const config = this.transactionConfig(options, request);
    try {
      const results = await session.executeWrite(work, config);
      request?.bookmarks?.advance(session.lastBookmarks());
      request?.onCommitted?.();
      return results;
    } catch (error) {
      throw this.logged(error, request);
    } finally {
      await session.close();
    }
  }

  private transactionConfig(options: RunOptions, request?: RequestBinding) {
    return {
      timeout: options.timeoutMs ?? this.options.transactionTimeoutMs,
      metadata: request ? { app: 'missiongraph', requestId: request.requestId } : { app: 'missiongraph' },
    };
  }

  /** Mapped errors reach the client as TIMEOUT, SERVICE_UNAVAILABLE or CONFLICT, which says nothing of the cause: it is logged here. */
  private logged(error: unknown, request?: RequestBinding): unknown {
    const mapped = request && toPublicError(error);
    if (mapped) {
      const { code, message } = error as { code?: string; message?: string };
      request.logger().warn({ code: mapped.extensions.code, neo4jCode: code, reason: message }, 'database error');
    }
    return error;
  }
}

/**
 * The driver records a caller stack on every statement it runs (new Error().stack:
 * 9 % of the API's CPU per request), to paste under a later failure. Ours are
 * logged by code and cause, never by that stack, so none is captured for them.
 * Only the synchronous call runs with the limit at zero: no other code can run meanwhile.
 */
function withoutCallerStack<T>(call: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return call();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A statement's rows as plain values, and the time Neo4j reports it took to answer and stream them. */
async function rowsWithTime(result: Result): Promise<{ rows: Row[]; ms: number }> {
  const { records, summary } = await result;
  const { resultAvailableAfter, resultConsumedAfter } = summary;
  return { rows: records.map(recordToRow), ms: (toPlain(resultAvailableAfter) as number) + (toPlain(resultConsumedAfter) as number) };
}

/** The driver pulls the next batch of records only as these are consumed: a large result is never held whole. */
async function* streamedRows(tx: ManagedTransaction, statement: Statement): AsyncIterable<Row> {
  for await (const record of tx.run(statement.cypher, statement.params)) yield recordToRow(record);
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[key as string] = toPlain(record.get(key));
  return row;
}

/** Parameters as a log line or a debugging client reads them: Neo4j integers as numbers. */
export function shownParams(params: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = neo4j.isInt(value) ? value.toNumber() : value;
  return shown;
}
