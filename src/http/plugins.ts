import { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../context';
import { shownParams } from '../db/graphDatabase';
import { publicErrorOf } from '../errors/formatError';
import type { Logger } from '../observability/logger';

/**
 * extensions.cypher = { queries, ms, statements } when the client asked with
 * x-debug-cypher: 1 and the server allows it (DEBUG_CYPHER).
 */
export const cypherDebugPlugin: ApolloServerPlugin<GraphContext> = {
  // No listener for a request that did not ask: Apollo would call it at every step of every request.
  async requestDidStart({ contextValue }) {
    if (!contextValue.showCypher) return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { queries, ms, statements } = contextValue.cypherLog;
        const shown = statements.map(({ cypher, params }) => ({ cypher, params: shownParams(params) }));
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypher: { queries, ms, statements: shown } };
      },
    };
  },
};

/**
 * One log line per operation, carrying the request id, every unexpected error
 * logged whole, and a warning for a slow request. The line goes through the
 * server's logger with the id as a field: no per-request child logger is made for it.
 */
export function loggingPlugin(logger: Logger, slowRequestMs: number): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue: context, operationName }) {
          for (const error of errors) {
            if (!publicErrorOf(error)) context.logger.error({ err: error.originalError ?? error, operationName }, 'unexpected error');
          }
        },
        async willSendResponse({ operationName, errors }) {
          const ms = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
          const line = {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            ms,
            errors: errors?.length ?? 0,
            cypher: contextValue.cypherLog.queries,
          };
          logger.info(line, 'graphql request');
          if (ms >= slowRequestMs) logger.warn(line, 'slow request');
        },
      };
    },
  };
}
