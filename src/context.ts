import { WriteToken } from './auth/writeTokens';
import { CypherLog } from './db/cypherLog';
import { GraphDatabase } from './db/graphDatabase';
import { Logger } from './logger';

/** Built once per request. */
export interface GraphContext {
  db: GraphDatabase;
  cypherLog: CypherLog;
  logger: Logger;
  requestId: string;
  /** The client asked for extensions.cypher and the server allows it. */
  showCypher: boolean;
  /** The Authorization header, checked only by writes. */
  authorization: string | undefined;
  writeTokens: readonly WriteToken[];
}
