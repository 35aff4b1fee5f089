import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { sendGraphQLAnswer } from './compressedAnswer';
import type { TurnTaking } from './turnTaking';

export interface GraphqlFastPath<TContext extends BaseContext> {
  /** Everything but POST /graphql, and where requests get express's request and response methods. */
  app: Express;
  apollo: ApolloServer<TContext>;
  /** What POST /graphql passes through before Apollo, in order: the same list express runs for /graphql. */
  steps: RequestHandler[];
  context: (req: Request, res: Response) => Promise<TContext>;
  /** Where a step's error goes (httpErrors), as in express. */
  onError: ErrorRequestHandler;
  /** How many requests begin in one turn of the event loop, clients in rotation (turnTaking.ts). */
  turns: TurnTaking;
}

// HeaderMap.set lower-cases the name; this is Map.prototype.set, for names that already are.
const setAsGiven = Map.prototype.set as (this: HeaderMap, key: string, value: string) => HeaderMap;

const isGraphqlPost = (req: IncomingMessage) => req.method === 'POST' && (req.url === '/graphql' || req.url!.startsWith('/graphql?'));

/**
 * The node:http listener of the API: POST /graphql, nearly every request the
 * API serves, runs its steps and Apollo directly; everything else goes to
 * express. Express would walk its router for it (every layer's path matched,
 * the URL parsed again per layer) and send the answer through res.send (an
 * ETag hashed over every body): a fifth of the API's CPU per request. The
 * steps are the very middleware express runs for /graphql, on requests given
 * express's prototypes as express gives them, so their behaviour (limits,
 * request ids, deadline, body parsing, errors) is the same on both paths.
 */
export function graphqlListener<TContext extends BaseContext>(fastPath: GraphqlFastPath<TContext>): RequestListener {
  const { app, apollo, steps, context, onError, turns } = fastPath;
  const answer = async (req: Request, res: Response) => {
    const headers = new HeaderMap();
    const given = req.headers;
    // node:http gives the names in lower case already, as HeaderMap would make them.
    for (const key in given) {
      const value = given[key];
      if (value !== undefined) setAsGiven.call(headers, key, typeof value === 'string' ? value : value.join(', '));
    }
    const query = req.url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers, search: query === -1 ? '' : req.url.slice(query), body: req.body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req, res) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return sendGraphQLAnswer(req, res, response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (!isGraphqlPost(incoming)) return app(incoming, outgoing);
    // What express's app.handle does before its router, so that the steps find the API they were written for
    // (the prototypes are already these when createHttpServer made the request and response: then a no-op).
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    req.res = res;
    res.req = req;
    req.originalUrl = req.url;
    res.locals = Object.create(null);
    // As express's final handler: an error after the answer began can only end the connection.
    const failed: NextFunction = () => (res.headersSent ? req.socket.destroy() : res.status(500).end());
    const step = (index: number): NextFunction => (error?: unknown) => {
      if (error) return onError(error, req, res, failed);
      try {
        const result: unknown = index < steps.length ? steps[index](req, res, step(index + 1)) : answer(req, res);
        if (result instanceof Promise) result.catch((thrown: unknown) => onError(thrown, req, res, failed));
      } catch (thrown) {
        onError(thrown, req, res, failed);
      }
    };
    turns.begin(req.ip ?? 'unknown', step(0));
  };
}
