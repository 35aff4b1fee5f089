import type { WriteToken } from '../auth/writeTokens';
import type { GraphContext } from '../context';
import type { DatasetDownloads } from '../dataset/datasetDownloads';
import { CypherLog } from '../db/cypherLog';
import { GraphDatabase } from '../db/graphDatabase';
import { RequestBookmarks } from '../db/requestBookmarks';
import type { Logger } from '../observability/logger';

export interface ContextDependencies {
  database: GraphDatabase;
  logger: Logger;
  writeTokens: readonly WriteToken[];
  downloads: DatasetDownloads;
  /** Told each statement's duration (the metrics). */
  onStatement?: (ms: number) => void;
  /** Told when a request's write committed (the change feed reads the log at once). */
  onWrite?: () => void;
}

export interface RequestFacts {
  requestId: string;
  clientAddress?: string;
  authorization?: string;
  /** The client asked for extensions.cypher and the server allows it. */
  showCypher?: boolean;
  /** The x-bookmark header: an earlier write this request must read. */
  bookmark?: string;
}

/** The context of one GraphQL operation: built here for HTTP requests and the warm-up alike. */
export function createRequestContext(dependencies: ContextDependencies, request: RequestFacts): GraphContext {
  const { database, logger, writeTokens, downloads, onStatement, onWrite } = dependencies;
  const showCypher = request.showCypher ?? false;
  const cypherLog = new CypherLog(onStatement, showCypher);
  let requestLogger: Logger | undefined;
  // Made when a line is first logged through it: most requests log nothing of their own.
  const childLogger = () => (requestLogger ??= logger.child({ requestId: request.requestId }));
  const bookmarks = new RequestBookmarks(request.bookmark);
  return {
    db: database.forRequest({
      requestId: request.requestId, logger: childLogger, debug: logger.isLevelEnabled('debug'), log: cypherLog, bookmarks, onCommitted: onWrite,
    }),
    bookmarks,
    cypherLog,
    get logger() {
      return childLogger();
    },
    requestId: request.requestId,
    showCypher,
    clientAddress: request.clientAddress,
    authorization: request.authorization,
    writeTokens,
    downloads,
  };
}
