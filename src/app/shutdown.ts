import { Server, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger';

const IDLE_SWEEP_MS = 50;

/**
 * The drain of the HTTP server on shutdown. Once it begins, every response
 * not yet started says `Connection: close`: a client then sends its next
 * request on a new connection, which is refused (plainly never read), instead
 * of on this one just as the drain closes it, where a reset leaves the client
 * unable to tell whether its write was read. Keep-alive clients reusing their
 * connections would also keep the drain busy until the grace period ran out.
 */
export class HttpDrain {
  /** Responses under way, whose headers may not be out yet when the drain begins. */
  private readonly underWay = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly http: Server) {
    http.prependListener('request', (_request, response: ServerResponse) => {
      if (this.draining) return closeAfter(response);
      this.underWay.add(response);
      // Emitted once the response is sent, or its connection is gone.
      response.once('close', () => this.underWay.delete(response));
    });
  }

  /**
   * Stops accepting connections and waits for the requests in flight to be
   * answered, at most `graceMs`; keep-alive connections are closed as soon as
   * they fall idle. Resolves true when every request finished in time.
   */
  close(graceMs: number, logger: Logger): Promise<boolean> {
    this.draining = true;
    for (const response of this.underWay) closeAfter(response);
    const { http } = this;
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
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
