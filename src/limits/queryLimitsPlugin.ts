import { ApolloServerPlugin } from '@apollo/server';
import { queryTooComplex } from '../errors/publicError';
import type { GraphContext } from '../context';
import { measureOperation, OperationMeasure } from './operationMeasure';

/** Checked on every operation before any database work; a request over one gets QUERY_TOO_COMPLEX. */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

const CHECKED: (keyof OperationMeasure)[] = ['depth', 'aliases', 'directives', 'cost'];

/** Throws QUERY_TOO_COMPLEX naming the first limit the operation crosses: for HTTP here, for WebSocket subscriptions in app/subscriptionServer.ts. */
export function checkOperationLimits(
  limits: QueryLimits,
  ...[schema, document, operation, variables]: Parameters<typeof measureOperation>
): void {
  const measured = measureOperation(schema, document, operation, variables);
  for (const key of CHECKED) {
    if (measured[key] > limits[key]) {
      throw queryTooComplex(`The query is too complex: its ${key} is ${measured[key]}, above the limit of ${limits[key]}.`);
    }
  }
}

/**
 * Depth, aliases, directives and cost, checked once the operation is known and
 * before any resolver runs. Cost needs the request's variables (a `first`
 * passed as $n sizes a list as much as a literal does), which validation rules
 * never see: that is why this is a plugin hook and not a validation rule.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkOperationLimits(limits, schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}
