import { Server } from 'node:http';
import type { Logger } from '../observability/logger';

const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections and waits for the requests in flight to be
 * answered, at most `graceMs`; keep-alive connections are closed as soon as
 * they fall idle. Resolves true when every request finished in time.
 */
export function closeHttpServer(http: Server, graceMs: number, logger: Logger): Promise<boolean> {
  return new Promise((resolve) => {
    let inTime = true;
    const sweep = setInterval(() => http.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      inTime = false;
      logger.warn({ graceMs }, 'requests still in flight at the end of the grace period; closing their connections');
      http.closeAllConnections();
    }, graceMs);
    http.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(inTime);
    });
    http.closeIdleConnections();
  });
}
