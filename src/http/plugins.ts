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

/** One log line per operation, and every unexpected error logged whole with the request id. */
export const loggingPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    return {
      async didEncounterErrors({ errors, contextValue: context, operationName }) {
        for (const error of errors) {
          if (!publicErrorOf(error)) context.logger.error({ err: error.originalError ?? error, operationName }, 'unexpected error');
        }
      },
      async willSendResponse({ operationName, errors }) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        contextValue.logger.info(
          { operationName: operationName ?? null, ms: Math.round(ms * 10) / 10, errors: errors?.length ?? 0, cypher: contextValue.cypherLog.queries },
          'graphql request',
        );
      },
    };
  },
};
