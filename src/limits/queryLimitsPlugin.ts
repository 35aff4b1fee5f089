import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getVariableValues, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { tokenOf } from '../auth/requireEditor';
import { queryTooComplex } from '../errors/publicError';
import type { GraphContext } from '../context';
import { Admission, costKey, variablesKey } from './admission';
import { measureOperation, OperationMeasure } from './operationMeasure';

/** Checked on every operation before any database work; a request over one gets QUERY_TOO_COMPLEX. */
export interface QueryLimits {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

const CHECKED: (keyof OperationMeasure)[] = ['depth', 'introspectionDepth', 'aliases', 'directives', 'cost'];
const NAMES: Record<keyof OperationMeasure, string> = {
  depth: 'depth',
  introspectionDepth: 'introspection depth',
  aliases: 'aliases',
  directives: 'directives',
  cost: 'cost',
};

/**
 * Throws QUERY_TOO_COMPLEX naming the first limit the operation crosses, measured on the
 * variables as execution will coerce them (defaults included): for HTTP here, for WebSocket
 * subscriptions in app/subscriptionServer.ts. Null when the variables do not coerce: execution
 * then fails the operation before any resolver runs, and says why.
 */
export function checkOperationLimits(
  limits: QueryLimits,
  ...[schema, document, operation, variables]: Parameters<typeof measureOperation>
): OperationMeasure | null {
  const measured = measuredBefore(schema, document, operation, variables ?? {});
  if (!measured) return null;
  for (const key of CHECKED) {
    if (measured[key] > limits[key]) {
      throw queryTooComplex(`The query is too complex: its ${NAMES[key]} is ${measured[key]}, above the limit of ${limits[key]}.`);
    }
  }
  return measured;
}

/** Measures kept per operation, by its variables as sent; a few per operation, as clients vary a few variables. */
const MEASURES_PER_OPERATION = 16;
/** Variables longer than this as JSON are measured each time: keeping them would cost more than measuring. */
const MAX_KEPT_VARIABLES = 1024;
const measures = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; byVariables: Map<string, OperationMeasure> }>();

/**
 * The operation's measure, worked out once per operation and variables: Apollo
 * keeps one parsed document per query text, so a client repeating a request
 * (a widget, or a flood that is refused again and again) is measured once.
 * A measure depends on nothing else: the schema, the document and the variables.
 */
function measuredBefore(
  ...[schema, document, operation, variables]: [GraphQLSchema, DocumentNode, OperationDefinitionNode, Record<string, unknown>]
): OperationMeasure | null {
  const key = operation.variableDefinitions?.length ? variablesKey(variables) : '';
  let kept = measures.get(operation);
  if (kept?.schema !== schema) kept = undefined;
  const known = key === null ? undefined : kept?.byVariables.get(key);
  if (known) return known;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) return null;
  const measured = measureOperation(schema, document, operation, coerced.coerced);
  if (key !== null && key.length <= MAX_KEPT_VARIABLES) {
    if (!kept) measures.set(operation, (kept = { schema, byVariables: new Map() }));
    if (kept.byVariables.size >= MEASURES_PER_OPERATION) kept.byVariables.delete(kept.byVariables.keys().next().value!);
    kept.byVariables.set(key, measured);
  }
  return measured;
}

/**
 * Depth, aliases, directives and cost, checked once the operation is known and
 * before any resolver runs, then admission: room on the server and budget left
 * for the client (editors, whose tokens are trusted, are exempt). Cost needs
 * the request's variables coerced as execution will coerce them (a `first`
 * passed as $n, or left to $n's default, sizes a list as much as a literal
 * does), which validation rules never see: that is why this is a plugin hook.
 */
export function queryLimitsPlugin(limits: QueryLimits, admission: Admission): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const measured = checkOperationLimits(limits, schema, document, operation, request.variables ?? {});
          if (!measured) return;
          const { clientAddress, writeTokens, authorization } = contextValue;
          if (clientAddress === undefined || tokenOf(writeTokens, authorization)?.role === 'editor') return;
          if (request.query !== undefined) {
            const key = contextValue.costKey !== undefined ? contextValue.costKey : costKey(request.query, request.operationName, request.variables);
            admission.remember(key, measured.cost);
          }
          release = admission.admit(clientAddress, measured.cost);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
