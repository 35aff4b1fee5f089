import { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import type { GraphContext } from '../context';
import { DETAILS_QUERY, RELATED_MISSIONS_QUERY, SEARCH_QUERY } from '../operations/webOperations';

/** The fixed operations of the widget and the explorer, by the SHA-256 that automatic persisted queries name them by. */
const KNOWN = new Map([SEARCH_QUERY, DETAILS_QUERY, RELATED_MISSIONS_QUERY].map((query) => [createHash('sha256').update(query).digest('hex'), query]));

/**
 * The web pages' own operations are persisted from the start: their first GET
 * by hash is answered, not met with PERSISTED_QUERY_NOT_FOUND and a POST, on
 * every process behind a balancer, so the widget's request is always the same
 * short URL a CDN can keep. Apollo reads the query after requestDidStart, and
 * stores it then as if the client had sent it. Any other operation registers
 * itself the usual way (a POST, or a GET, with both the query and its hash).
 */
export const knownOperationsPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart({ request }) {
    const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    if (request.query === undefined && typeof hash === 'string') request.query = KNOWN.get(hash);
  },
};
