import { Driver } from 'neo4j-driver';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { poolStats } from './poolStats';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_NAMES = 200;

/** The Prometheus metrics of one server, in a registry of its own (tests build several servers in one process). */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly cypherDuration = new Histogram({
    name: 'cypher_statement_duration_seconds',
    help: 'Time Neo4j took to answer and stream one Cypher statement, as its result summary reports.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors sent to clients, by contract code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(driver: Driver) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'neo4j_pool_connections_in_use',
      help: 'Driver connections lent to a transaction right now.',
      registers: [this.registry],
      collect() {
        this.set(poolStats(driver).inUse);
      },
    });
    new Gauge({
      name: 'neo4j_pool_acquisitions_waiting',
      help: 'Transactions waiting for a driver connection right now.',
      registers: [this.registry],
      collect() {
        this.set(poolStats(driver).waiting);
      },
    });
  }

  /** The cost of the operations admitted and not yet answered (src/limits/admission.ts), for tuning MAX_COST_IN_FLIGHT. */
  watchCostInFlight(read: () => number): void {
    new Gauge({
      name: 'graphql_cost_in_flight',
      help: 'Estimated cost of the GraphQL operations executing right now, in the cost model\'s unit.',
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** The GraphQL requests that waited for a later turn of the event loop (src/http/turnTaking.ts): a burst arrived. */
  watchDeferredRequests(read: () => number): void {
    new Counter({
      name: 'graphql_requests_deferred_total',
      help: 'GraphQL requests whose handling waited for a later turn of the event loop, because many arrived at once.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  operationLabel(operationName: string | null | undefined): string {
    if (!operationName) return 'anonymous';
    if (!OPERATION_NAME.test(operationName)) return 'other';
    if (!this.operationNames.has(operationName) && this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(operationName);
    return operationName;
  }
}
