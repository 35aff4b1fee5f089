import type { WriteToken } from './auth/writeTokens';
import type { CypherLog } from './db/cypherLog';
import type { GraphExecutor } from './db/graphDatabase';
import type { RequestBookmarks } from './db/requestBookmarks';
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
  /** What the request's cost is remembered by (limits/admission.ts costKey), when it was made before GraphQL (limits/earlyRefusal.ts). */
  costKey?: string | null;
  /** The Authorization header, checked only by writes. */
  authorization: string | undefined;
  writeTokens: readonly WriteToken[];
  /** Read-your-writes: the bookmarks the request was handed, advanced by its writes. */
  bookmarks?: RequestBookmarks;
  /** What Subscription.changes streams from; only a server that serves subscriptions has one. */
  changeFeed?: ChangeSubscriptions;
  /** The downloads this process builds and serves (dataset/datasetDownloads.ts). */
  downloads: DownloadCatalogue;
}

/** The server's change feed, as Subscription.changes uses it (changes/changeFeed.ts). */
export interface ChangeSubscriptions {
  /** The changes after the change numbered `after` (or from now), then each new one as it is committed. */
  open(after: number | null): Promise<AsyncIterableIterator<unknown>>;
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
