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
  /** The Authorization header, checked only by writes. */
  authorization: string | undefined;
  writeTokens: readonly WriteToken[];
  /** The downloads this process builds and serves (dataset/datasetDownloads.ts). */
  downloads: DownloadCatalogue;
}

/**
 * What Query.dataset asks of the downloads, by shape: the folder that builds
 * them reads the entity kinds, whose resolvers name this context.
 */
export interface DownloadCatalogue {
  /** The graph's version (read through `db`, the request's) and the downloads listed for it. */
  describe(db: GraphExecutor): Promise<DatasetDescription>;
}

export interface DatasetDescription {
  version: string;
  downloads: { format: string; url: string; bytes: number; sha256: string }[];
  /** The change cursor the downloads are consistent with; null until the first are built. */
  downloadsCursor: string | null;
}
