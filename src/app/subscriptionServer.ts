import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { DocumentNode, ExecutionArgs, getOperationAST, GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocket } from 'ws';
import { ChangeFeed } from '../changes/changeFeed';
import { readProjected } from '../cypher/presenters';
import { ErrorCode } from '../errors/errorCodes';
import { formatError } from '../errors/formatError';
import { PublicError, queryTooComplex } from '../errors/publicError';
import { WebSocketGate } from '../http/webSocketGate';
import { countTokens } from '../limits/documentLimits';
import { checkOperationLimits, QueryLimits } from '../limits/queryLimitsPlugin';
import { MAX_FIELD_REPEATS, maxFieldRepeats } from '../limits/repeatedFields';
import type { Logger } from '../observability/logger';
import type { ServerMetrics } from '../observability/metrics';
import { ContextDependencies, createRequestContext } from './requestContext';

/** The document, or GRAPHQL_PARSE_FAILED with the parser's message (it says where, never more). */
function parseDocument(query: string): DocumentNode {
  try {
    return parse(query);
  } catch (error) {
    throw new PublicError(ErrorCode.GRAPHQL_PARSE_FAILED, (error as Error).message);
  }
}

/** Subscriptions one connection may carry at once. */
const SUBSCRIPTIONS_PER_CONNECTION = 10;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  contextDependencies: ContextDependencies;
  feed: ChangeFeed;
  limits: QueryLimits;
  connectionsPerClient: number;
  /** Production leaves the "Did you mean …?" hints out of validation errors, as Apollo does over HTTP. */
  hideSuggestions: boolean;
  logger: Logger;
  metrics: ServerMetrics;
}

/**
 * Subscription.changes over graphql-ws, on the WebSocket upgrade of /graphql:
 * anyone may subscribe, every document is held to the limits of POST /graphql
 * before it runs (tokens, repeated fields, then depth, aliases, directives and
 * cost), every error is masked as formatError masks it, and only subscriptions
 * are served (queries and mutations go to POST /graphql, with its deadline
 * and body limits).
 */
export class SubscriptionServer {
  private readonly gate: WebSocketGate;

  constructor(private readonly options: SubscriptionServerOptions) {
    const graphqlWs = makeServer<Record<string, unknown> | undefined, { socket: WebSocket }>({
      schema: options.schema,
      onSubscribe: (ctx, _id, payload) => this.admit(Object.keys(ctx.subscriptions).length, payload),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: this.formatted(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => this.formatted(errors),
    });
    this.gate = new WebSocketGate({
      path: '/graphql',
      protocol: (offered) => handleProtocols(offered),
      connectionsPerClient: options.connectionsPerClient,
      onConnection: (socket) => {
        const closed = graphqlWs.opened(
          {
            protocol: socket.protocol,
            // Resolves once the frame is handed to the socket: a client that reads slowly slows its own stream, and only it.
            send: (data) => new Promise((resolve, reject) => (socket.readyState === WebSocket.OPEN ? socket.send(data, (error) => (error ? reject(error) : resolve())) : resolve())),
            close: (code, reason) => socket.close(code, reason),
            onMessage: (receive) =>
              socket.on('message', (data) =>
                receive(String(data)).catch((error: unknown) => {
                  options.logger.error({ err: error }, 'unexpected error on a WebSocket');
                  socket.close(CloseCode.InternalServerError, 'Internal server error');
                }),
              ),
          },
          { socket },
        );
        socket.once('close', (code, reason) => void closed(code, String(reason)));
      },
    });
  }

  attach(http: Server): void {
    this.gate.attach(http);
  }

  get connections(): number {
    return this.gate.connections;
  }

  get subscribers(): number {
    return this.options.feed.subscribers;
  }

  /** Every socket closed with 1001 and the feed stopped: clients reconnect elsewhere with their last cursor. */
  async close(): Promise<void> {
    this.options.feed.close();
    await this.gate.close();
  }

  /** The execution of one subscribe message, or the errors that refuse it (sent as graphql-ws's error message). */
  private admit(open: number, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }): ExecutionArgs | GraphQLError[] {
    const { schema, limits, contextDependencies } = this.options;
    try {
      if (open > SUBSCRIPTIONS_PER_CONNECTION) {
        throw new PublicError(ErrorCode.BAD_USER_INPUT, `At most ${SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`);
      }
      if (countTokens(payload.query, limits.tokens) > limits.tokens) throw queryTooComplex(`The query is too complex: it has more than ${limits.tokens} tokens, the limit.`);
      const document = parseDocument(payload.query);
      const repeats = maxFieldRepeats(document);
      if (repeats > MAX_FIELD_REPEATS) {
        throw queryTooComplex(`The query is too complex: a field is selected ${repeats} times in one place, above the limit of ${MAX_FIELD_REPEATS}.`);
      }
      const invalid = validate(schema, document);
      if (invalid.length > 0) return invalid.map((error) => new PublicError(ErrorCode.GRAPHQL_VALIDATION_FAILED, this.shown(error.message)));
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') {
        throw new PublicError(ErrorCode.BAD_USER_INPUT, 'Only subscriptions are served over WebSocket: send queries and mutations to POST /graphql.');
      }
      const variableValues = payload.variables ?? {};
      checkOperationLimits(limits, schema, document, operation, variableValues);
      const contextValue = createRequestContext(contextDependencies, { requestId: randomUUID() });
      contextValue.changeFeed = this.options.feed;
      return { schema, document, operationName: payload.operationName, variableValues, contextValue, fieldResolver: readProjected };
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
  }

  private shown(message: string): string {
    return this.options.hideSuggestions ? message.replace(/ ?Did you mean(.+?)\?$/, '') : message;
  }

  /** As formatError shows errors over HTTP, and counted as they are there. */
  private formatted(errors: readonly GraphQLError[]) {
    return errors.map((error) => {
      const shown = formatError(error.toJSON(), error);
      if (shown.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) this.options.logger.error({ err: error.originalError ?? error }, 'unexpected error');
      this.options.metrics.errors.inc({ code: String(shown.extensions?.code) });
      return shown;
    });
  }
}
