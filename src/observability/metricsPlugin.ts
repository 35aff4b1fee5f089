import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/errorCodes';
import { publicErrorOf } from '../errors/formatError';
import { ServerMetrics } from './metrics';

/** Request duration by operation and outcome, and every error by the code the client saw. */
export function metricsPlugin(metrics: ServerMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.requestDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          const codes = (errors ?? []).map((error) => String(publicErrorOf(error)?.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
          for (const code of codes) metrics.errors.inc({ code });
          stopTimer({ operation: metrics.operationLabel(operationName), outcome: codes[0] ?? 'ok' });
        },
      };
    },
  };
}
