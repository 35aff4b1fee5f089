import { Driver } from 'neo4j-driver';

export interface PoolStats {
  inUse: number;
  waiting: number;
}

interface DriverPool {
  _activeResourceCounts?: Record<string, number>;
  _acquireRequests?: Record<string, unknown[]>;
}

/**
 * Connections in use and acquisitions waiting, summed over all servers. The
 * driver has no public API for its pool, so this reads its internals and
 * answers zeros if a driver version moves them: a metric must never break a request.
 */
export function poolStats(driver: Driver): PoolStats {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: DriverPool } })._connectionProvider?._connectionPool;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    inUse: sum(Object.values(pool?._activeResourceCounts ?? {})),
    waiting: sum(Object.values(pool?._acquireRequests ?? {}).map((requests) => (Array.isArray(requests) ? requests.length : 0))),
  };
}
