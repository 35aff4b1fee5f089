import neo4j, { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { CypherLog } from './cypherLog';
import { databaseUnavailable } from './databaseError';
import { toPlain } from './values';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface GraphDatabaseOptions {
  database: string;
  transactionTimeoutMs: number;
  /** While this says false (migrations not applied yet), statements fail at once with SERVICE_UNAVAILABLE. */
  isReady?: () => boolean;
}

type Row = Record<string, unknown>;

/**
 * The one way statements reach Neo4j: managed transactions (so transient
 * errors retry and a cluster routes reads to followers), a timeout on every
 * transaction, and plain JS values out.
 */
export class GraphDatabase {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphDatabaseOptions,
  ) {}

  read(statement: Statement, log?: CypherLog, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', [statement], log, timeoutMs).then((results) => results[0]);
  }

  write(statement: Statement, log?: CypherLog, timeoutMs?: number): Promise<Row[]> {
    return this.run('WRITE', [statement], log, timeoutMs).then((results) => results[0]);
  }

  /** Several statements in one write transaction: all of them or none. Bulk loads pass a longer timeout. */
  writeAll(statements: Statement[], log?: CypherLog, timeoutMs?: number): Promise<Row[][]> {
    return this.run('WRITE', statements, log, timeoutMs);
  }

  /** The same database with another transaction timeout, for work that may take long (warm-up, bulk loads). */
  withTimeout(transactionTimeoutMs: number): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, transactionTimeoutMs });
  }

  /** The same database behind a readiness gate: what the API serves requests through. */
  gated(isReady: () => boolean): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, isReady });
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

  private async run(mode: 'READ' | 'WRITE', statements: Statement[], log?: CypherLog, timeoutMs?: number): Promise<Row[][]> {
    if (this.options.isReady && !this.options.isReady()) throw databaseUnavailable();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const work = async (tx: ManagedTransaction): Promise<Row[][]> => {
      const results: Row[][] = [];
      for (const { cypher, params } of statements) {
        const result = await tx.run(cypher, params);
        const { resultAvailableAfter, resultConsumedAfter } = result.summary;
        log?.record(toPlain(resultAvailableAfter) as number + (toPlain(resultConsumedAfter) as number));
        results.push(result.records.map(recordToRow));
      }
      return results;
    };
    const config = { timeout: timeoutMs ?? this.options.transactionTimeoutMs, metadata: { app: 'missiongraph' } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[key as string] = toPlain(record.get(key));
  return row;
}
