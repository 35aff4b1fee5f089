import type { WriteToken } from './auth/writeTokens';
import type { CypherLog } from './db/cypherLog';
import type { GraphExecutor } from './db/graphDatabase';
import type { Logger } from './observability/logger';

/** What every resolver receives: built once per request by app/requestContext.ts, for HTTP and the warm-up alike. */
export interface GraphContext {
  /** Runs statements in this request's name. */
  db: GraphExecutor;
  cypherLog: CypherLog;
  /** The request's logger (made on first use). */
  readonly logger: Logger;
  requestId: string;
  /** The client asked for extensions.cypher and the server allows it. */
  showCypher: boolean;
  /** Where the request came from (express's req.ip), whose budget it spends; none for the server's own operations (the warm-up). */
  clientAddress?: string;
  /** The Authorization header, checked only by writes. */
  authorization: string | undefined;
  writeTokens: readonly WriteToken[];
}
