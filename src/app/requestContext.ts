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
  /** The request's cost key, when it was made before GraphQL. */
  costKey?: string | null;
}

/**
 * The context of one GraphQL operation: built here for HTTP requests and the warm-up alike.
 * Apollo copies it for every operation (Object.assign onto its prototype), so
 * it holds data properties only, and `logger` is a getter of the class: a
 * getter of its own would be read by that copy, making the child logger every
 * time, and would put the copy on V8's slow path.
 */
class RequestContext implements GraphContext {
  db: GraphContext['db'];
  bookmarks: RequestBookmarks;
  cypherLog: CypherLog;
  requestId: string;
  showCypher: boolean;
  clientAddress: string | undefined;
  costKey: string | null | undefined;
  authorization: string | undefined;
  writeTokens: readonly WriteToken[];
  downloads: DatasetDownloads;
  changeFeed: GraphContext['changeFeed'];
  /** Made when a line is first logged through it: most requests log nothing of their own. */
  private readonly childLogger: () => Logger;

  constructor({ database, logger, writeTokens, downloads, onStatement, onWrite }: ContextDependencies, request: RequestFacts) {
    this.requestId = request.requestId;
    this.showCypher = request.showCypher ?? false;
    this.cypherLog = new CypherLog(onStatement, this.showCypher);
    let requestLogger: Logger | undefined;
    this.childLogger = () => (requestLogger ??= logger.child({ requestId: request.requestId }));
    this.bookmarks = new RequestBookmarks(request.bookmark);
    this.db = database.forRequest({
      requestId: request.requestId, logger: this.childLogger, debug: logger.isLevelEnabled('debug'), log: this.cypherLog, bookmarks: this.bookmarks, onCommitted: onWrite,
    });
    this.clientAddress = request.clientAddress;
    this.costKey = request.costKey;
    this.authorization = request.authorization;
    this.writeTokens = writeTokens;
    this.downloads = downloads;
    this.changeFeed = undefined;
  }

  get logger(): Logger {
    return this.childLogger();
  }
}

export function createRequestContext(dependencies: ContextDependencies, request: RequestFacts): GraphContext {
  return new RequestContext(dependencies, request);
}
