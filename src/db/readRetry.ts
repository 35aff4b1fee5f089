import { isRetryableError } from 'neo4j-driver';

/** The driver's first back-off before it retries a managed transaction (1 s, ± 20 %). */
const RETRY_DELAY_MS = 1000;
const JITTER = 0.2;

/**
 * A read run as a single auto-commit statement is not retried by the driver,
 * so it is retried here exactly as a managed transaction is under this
 * project's driver settings (driver.ts: maxTransactionRetryTime 500 ms): once,
 * about a second after a failure the driver calls retryable (Neo4j away, a
 * leader switch, a transient error), and not again.
 */
export async function retriedOnce<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isRetryableError(error as Error)) throw error;
    const delay = RETRY_DELAY_MS * (1 - JITTER + 2 * JITTER * Math.random());
    await new Promise((done) => setTimeout(done, delay));
    return attempt();
  }
}
