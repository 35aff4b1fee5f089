import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphContext } from '../context';
import { readProjected } from '../cypher/presenters';
import { DatasetDownloads } from '../dataset/datasetDownloads';
import { GraphDatabase } from '../db/graphDatabase';
import { formatError } from '../errors/formatError';
import { dataRouter } from '../http/dataRoutes';
import { entityRouter } from '../http/entityRoute';
import { graphiqlRouter } from '../http/graphiql';
import { healthRouter } from '../http/health';
import { httpErrors } from '../http/httpErrors';
import { jsonBody } from '../http/jsonBody';
import { metricsRouter } from '../http/metricsRoute';
import { cachedReadsPlugin } from '../http/cachedReads';
import { compressedAnswers } from '../http/compressedAnswers';
import { knownOperationsPlugin } from '../http/knownOperations';
import { cypherDebugPlugin, loggingPlugin } from '../http/plugins';
import { publicCors } from '../http/publicCors';
import { requestDeadline } from '../http/requestDeadline';
import { requestId } from '../http/requestId';
import { schemaDocumentRouter } from '../http/schemaDocument';
import { webPagesRouter } from '../http/webPages';
import { documentLimits } from '../limits/documentLimits';
import { queryLimitsPlugin } from '../limits/queryLimitsPlugin';
import type { Logger } from '../observability/logger';
import { ServerMetrics } from '../observability/metrics';
import { metricsPlugin } from '../observability/metricsPlugin';
import { Config } from './config';
import { ContextDependencies, createRequestContext } from './requestContext';
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
  apollo: ApolloServer<GraphContext>;
  metrics: ServerMetrics;
  /** What each request's context is made from; the warm-up makes its contexts from it too. */
  contextDependencies: ContextDependencies;
  /** The downloads' files: closed (removed) after the HTTP server. */
  downloads: DatasetDownloads;
}

/** Builds the HTTP app and the GraphQL server without listening (index.ts listens). */
export async function buildServer({ config, db, logger, isShuttingDown }: ServerDependencies): Promise<GraphServer> {
  const metrics = new ServerMetrics(db.driver);
  const apollo = new ApolloServer<GraphContext>({
    // index.ts drains HTTP, then stops Apollo and the driver; Apollo's own handler would stop it first
    // and then re-raise the signal, killing the process (exit 143) before the drain ends.
    stopOnTerminationSignals: false,
    schema: buildGraphSchema(),
    fieldResolver: readProjected,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Reads are public and writes carry a bearer token, never a cookie: there is no ambient credential to forge.
    csrfPrevention: false,
    introspection: true,
    // "Did you mean ...?" would describe the schema to anyone probing it; development keeps the help.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    // One request, one operation: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    logger,
    plugins: [
      loggingPlugin(logger, config.slowRequestMs),
      cypherDebugPlugin,
      queryLimitsPlugin(config.limits),
      metricsPlugin(metrics),
      knownOperationsPlugin,
      cachedReadsPlugin(),
      // cachedReadsPlugin runs Apollo's cache-control plugin itself, for GET reads only; without this
      // Apollo would install it again for every request, wrapping every field's resolver to gather hints no one reads.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const downloads = new DatasetDownloads(db, { dir: config.downloadsDir, baseUrl: config.publicBaseUrl, logger });
  const contextDependencies: ContextDependencies = {
    database: db,
    logger,
    writeTokens: config.writeTokens,
    downloads,
    onStatement: (ms) => metrics.cypherDuration.observe(ms / 1000),
  };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(compressedAnswers());
  app.use(healthRouter(db, isShuttingDown));
  app.use(metricsRouter(metrics));
  app.use('/graphql', publicCors());
  app.use(
    '/graphql',
    requestDeadline(config.requestTimeoutMs, config.writeTokens, logger, metrics.errors),
    jsonBody(config),
    documentLimits(config.limits.tokens, metrics.errors),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(contextDependencies, {
          requestId: res.locals.requestId as string,
          authorization: req.header('authorization'),
          showCypher: config.debugCypher && req.header('x-debug-cypher') === '1',
        }),
    }),
  );
  app.use(graphiqlRouter());
  app.use(schemaDocumentRouter(printGraphSchema()));
  app.use(webPagesRouter());
  app.use(dataRouter(db, downloads));
  app.use(entityRouter(db, config.publicBaseUrl));
  app.use(httpErrors(logger, metrics.errors));
  return { app, apollo, metrics, contextDependencies, downloads };
}
