import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Config } from './config';
import { GraphContext } from './context';
import { CypherLog } from './db/cypherLog';
import { GraphDatabase } from './db/graphDatabase';
import { readProjected } from './graph/projected';
import { formatError } from './http/formatError';
import { graphiqlRouter } from './http/graphiql';
import { healthRouter } from './http/health';
import { httpErrors } from './http/httpErrors';
import { jsonBody } from './http/jsonBody';
import { cypherDebugPlugin, loggingPlugin } from './http/plugins';
import { publicCors } from './http/publicCors';
import { requestId } from './http/requestId';
import { webPagesRouter } from './http/webPages';
import { Logger } from './logger';
import { buildGraphSchema } from './schema';

export interface ServerDependencies {
  config: Config;
  db: GraphDatabase;
  logger: Logger;
}

export interface GraphServer {
  app: express.Express;
  apollo: ApolloServer<GraphContext>;
}

/** Builds the HTTP app and the GraphQL server without listening (index.ts listens). */
export async function buildServer({ config, db, logger }: ServerDependencies): Promise<GraphServer> {
  const apollo = new ApolloServer<GraphContext>({
    schema: buildGraphSchema(),
    fieldResolver: readProjected,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Reads are public and writes carry a bearer token, never a cookie: there is no ambient credential to forge.
    csrfPrevention: false,
    introspection: true,
    plugins: [loggingPlugin, cypherDebugPlugin],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(healthRouter(db));
  app.use('/graphql', publicCors());
  app.use(
    '/graphql',
    jsonBody(config),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        db,
        cypherLog: new CypherLog(),
        requestId: res.locals.requestId as string,
        logger: logger.child({ requestId: res.locals.requestId }),
        showCypher: config.debugCypher && req.header('x-debug-cypher') === '1',
        authorization: req.header('authorization'),
        writeTokens: config.writeTokens,
      }),
    }),
  );
  app.use(graphiqlRouter());
  app.use(webPagesRouter());
  app.use(httpErrors(logger));
  return { app, apollo };
}
