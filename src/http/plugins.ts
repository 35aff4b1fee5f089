import { ApolloServerPlugin } from '@apollo/server';
import { GraphContext } from '../context';
import { publicErrorOf } from './formatError';

/** extensions.cypher = { queries, ms } when the client asked with x-debug-cypher: 1 and the server allows it. */
export const cypherDebugPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (!contextValue.showCypher || response.body.kind !== 'single') return;
        const { queries, ms } = contextValue.cypherLog;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypher: { queries, ms } };
      },
    };
  },
};

/**
 * One log line per operation (through the request's logger, so it carries the
 * request id), every unexpected error logged whole, and a warning for a slow request.
 */
export function loggingPlugin(slowRequestMs: number): ApolloServerPlugin<GraphContext> {
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
          const line = { operationName: operationName ?? null, ms, errors: errors?.length ?? 0, cypher: contextValue.cypherLog.queries };
          contextValue.logger.info(line, 'graphql request');
          if (ms >= slowRequestMs) contextValue.logger.warn(line, 'slow request');
        },
      };
    },
  };
}
