import type { WriteToken } from '../auth/writeTokens';
import type { GraphContext } from '../context';
import type { DatasetDownloads } from '../dataset/datasetDownloads';
import { CypherLog } from '../db/cypherLog';
import { GraphDatabase } from '../db/graphDatabase';
import type { Logger } from '../observability/logger';

export interface ContextDependencies {
  database: GraphDatabase;
  logger: Logger;
  writeTokens: readonly WriteToken[];
  downloads: DatasetDownloads;
  /** Told each statement's duration (the metrics). */
  onStatement?: (ms: number) => void;
}

export interface RequestFacts {
  requestId: string;
  authorization?: string;
  /** The client asked for extensions.cypher and the server allows it. */
  showCypher?: boolean;
}

/** The context of one GraphQL operation: built here for HTTP requests and the warm-up alike. */
export function createRequestContext(dependencies: ContextDependencies, request: RequestFacts): GraphContext {
  const { database, logger, writeTokens, downloads, onStatement } = dependencies;
  const showCypher = request.showCypher ?? false;
  const cypherLog = new CypherLog(onStatement, showCypher);
  let requestLogger: Logger | undefined;
  // Made when a line is first logged through it: most requests log nothing of their own.
  const childLogger = () => (requestLogger ??= logger.child({ requestId: request.requestId }));
  return {
    db: database.forRequest({ requestId: request.requestId, logger: childLogger, debug: logger.isLevelEnabled('debug'), log: cypherLog }),
    cypherLog,
    get logger() {
      return childLogger();
    },
    requestId: request.requestId,
    showCypher,
    authorization: request.authorization,
    writeTokens,
    downloads,
  };
}
