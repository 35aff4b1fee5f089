import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { RequestListener } from 'node:http';
import type { GraphContext } from '../context';
import { readProjected } from '../cypher/presenters';
import { ChangeFeed } from '../changes/changeFeed';
import { DatasetDownloads } from '../dataset/datasetDownloads';
import { GraphDatabase } from '../db/graphDatabase';
import { BOOKMARK_HEADER } from '../db/requestBookmarks';
import { formatError } from '../errors/formatError';
import { hideSuggestionsPlugin } from '../errors/hideSuggestions';
import { dataRouter } from '../http/dataRoutes';
import { entityRouter } from '../http/entityRoute';
import { graphiqlRouter } from '../http/graphiql';
import { graphqlListener } from '../http/graphqlFastPath';
import { TurnTaking } from '../http/turnTaking';
import { healthRouter } from '../http/health';
import { httpErrors } from '../http/httpErrors';
import { jsonBody } from '../http/jsonBody';
import { metricsApp, metricsRouter } from '../http/metricsRoute';
import { bookmarkPlugin } from '../http/bookmarkPlugin';
import { cachedReadsPlugin } from '../http/cachedReads';
import { compressedAnswers } from '../http/compressedAnswers';
import { knownOperationsPlugin } from '../http/knownOperations';
import { cypherDebugPlugin, loggingPlugin } from '../http/plugins';
import { publicCors } from '../http/publicCors';
import { requestDeadline } from '../http/requestDeadline';
import { requestId } from '../http/requestId';
import { schemaDocumentRouter } from '../http/schemaDocument';
import { noSniff } from '../http/securityHeaders';
import { webPagesRouter } from '../http/webPages';
import { Admission } from '../limits/admission';
import { refusedBeforeGraphQL } from '../limits/earlyRefusal';
import { documentLimits } from '../limits/documentLimits';
import { queryLimitsPlugin } from '../limits/queryLimitsPlugin';
import type { Logger } from '../observability/logger';
import { ServerMetrics } from '../observability/metrics';
import { metricsPlugin } from '../observability/metricsPlugin';
import { combinedPlugins } from './combinedPlugins';
import { Config } from './config';
import { ContextDependencies, createRequestContext } from './requestContext';
import { SubscriptionServer } from './subscriptionServer';
import { buildGraphSchema, printGraphSchema } from './schema';

export interface ServerDependencies {
  config: Config;
  db: GraphDatabase;
  logger: Logger;
  /** True once a shutdown began: /readyz answers 503 so a load balancer stops sending traffic. */
  isShuttingDown?: () => boolean;
}

export interface GraphServer {
  app: express.Express;
  /** What the HTTP server runs: POST /graphql on the fast path, everything else through `app`. */
  listener: RequestListener;
  apollo: ApolloServer<GraphContext>;
  metrics: ServerMetrics;
  /** /metrics alone, for the listener of its own that index.ts opens on METRICS_PORT. */
  metricsApp: express.Express;
  /** What each request's context is made from; the warm-up makes its contexts from it too. */
  contextDependencies: ContextDependencies;
  /** Subscription.changes over WebSocket: attached to the HTTP server that listens, closed first on shutdown. */
  subscriptions: SubscriptionServer;
  /** The downloads' files: closed (removed) after the HTTP server. */
  downloads: DatasetDownloads;
}

/**
 * POST /graphql requests begun in one turn of the event loop: eight (about
 * 8 ms of work when each is refused) keep a burst from holding the loop in one
 * piece, and a load of 8 connections, as the benchmarks send, never waits.
 */
const REQUESTS_PER_TURN = 8;

/** Builds the HTTP app and the GraphQL server without listening (index.ts listens). */
export async function buildServer({ config, db, logger, isShuttingDown }: ServerDependencies): Promise<GraphServer> {
  const metrics = new ServerMetrics(db.driver);
  const schema = buildGraphSchema();
  const admission = new Admission(config.admission);
  metrics.watchCostInFlight(() => admission.costInFlight);
  const turns = new TurnTaking(REQUESTS_PER_TURN);
  metrics.watchDeferredRequests(() => turns.deferred);
  const apollo = new ApolloServer<GraphContext>({
    // index.ts drains HTTP, then stops Apollo and the driver; Apollo's own handler would stop it first
    // and then re-raise the signal, killing the process (exit 143) before the drain ends.
    stopOnTerminationSignals: false,
    schema,
    fieldResolver: readProjected,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Reads are public and writes carry a bearer token, never a cookie: there is no ambient credential to forge.
    csrfPrevention: false,
    introspection: config.introspection,
    // "Did you mean ...?" would describe the schema to anyone probing it; development keeps the help.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    // One request, one operation: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    logger,
    plugins: [
      // As one plugin, called in this order: Apollo calls every plugin at every step of every request (combinedPlugins.ts).
      combinedPlugins<GraphContext>([
        loggingPlugin(logger, config.slowRequestMs),
        cypherDebugPlugin,
        bookmarkPlugin,
        queryLimitsPlugin(config.limits, admission),
        metricsPlugin(metrics),
        knownOperationsPlugin,
        cachedReadsPlugin(),
        ...(config.nodeEnv === 'production' ? [hideSuggestionsPlugin] : []),
      ]),
      // cachedReadsPlugin runs Apollo's cache-control plugin itself, for GET reads only; without this
      // Apollo would install it again for every request, wrapping every field's resolver to gather hints no one reads.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const feed = new ChangeFeed(db, { pollMs: config.changePollMs, logger });
  const downloads = new DatasetDownloads(db, { dir: config.downloadsDir, baseUrl: config.publicBaseUrl, logger });
  const contextDependencies: ContextDependencies = {
    database: db,
    logger,
    writeTokens: config.writeTokens,
    downloads,
    onStatement: (ms) => metrics.cypherDuration.observe(ms / 1000),
    onWrite: () => feed.wake(),
  };
  const context = async ({ req, res }: { req: express.Request; res: express.Response }) =>
    createRequestContext(contextDependencies, {
      requestId: res.locals.requestId as string,
      // Only the server's own operations (the warm-up) come with no address and spend no budget.
      clientAddress: req.ip ?? 'unknown',
      authorization: req.header('authorization'),
      showCypher: config.debugCypher && req.header('x-debug-cypher') === '1',
      bookmark: req.header(BOOKMARK_HEADER),
      costKey: res.locals.costKey as string | null | undefined,
    });
  const subscriptions = new SubscriptionServer({
    schema, contextDependencies, feed, limits: config.limits, connectionsPerClient: config.subscriptionConnectionsPerClient,
    hideSuggestions: config.nodeEnv === 'production', logger, metrics,
  });
  // Every request passes these, then /graphql these, on express and on the fast path alike (graphqlFastPath.ts).
  const everyRequest = [requestId, noSniff];
  const graphqlSteps = [
    publicCors(),
    requestDeadline(config.requestTimeoutMs, config.writeTokens, logger, metrics.errors),
    jsonBody(config),
    documentLimits(config.limits, metrics.errors),
    refusedBeforeGraphQL(admission, config.writeTokens, metrics.errors),
  ];
  const onError = httpErrors(logger, metrics.errors);

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer the client is the address it forwards (X-Forwarded-For), not its own.
  app.set('trust proxy', config.trustProxyHops);
  app.use(...everyRequest);
  // Brotli or gzip, as the client accepts, for whatever express answers over 1 kB: pages, scripts, GET /graphql
  // (POST /graphql compresses on the fast path; the downloads are compressed once, beforehand).
  app.use(compressedAnswers());
  app.use(healthRouter(db, isShuttingDown));
  app.use(metricsRouter(metrics, config.metrics.token));
  app.use('/graphql', ...graphqlSteps, expressMiddleware(apollo, { context }));
  app.use(graphiqlRouter());
  app.use(schemaDocumentRouter(printGraphSchema()));
  app.use(webPagesRouter({ sourceMaps: config.nodeEnv === 'development' }));
  app.use(dataRouter(db, downloads));
  app.use(entityRouter(db, config.publicBaseUrl));
  app.use(onError);
  const listener = graphqlListener({ app, apollo, steps: [...everyRequest, ...graphqlSteps], context: (req, res) => context({ req, res }), onError, turns });
  return { app, listener, apollo, metrics, metricsApp: metricsApp(metrics), contextDependencies, subscriptions, downloads };
}
