import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errorCodes';

/**
 * An error whose message was written for the client. Anything that is not a
 * PublicError (or one of GraphQL's own request errors) is masked on the way out.
 */
export class PublicError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    // No stack: it is never shown or logged, and capturing one was a tenth of the CPU of a refusal (RATE_LIMITED under a flood).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message, { extensions: { code } });
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

export const badUserInput = (message: string): PublicError =>
  new PublicError(ErrorCode.BAD_USER_INPUT, message);

/** A limit of the public endpoint was crossed; answered with 400 before any database work. */
export const queryTooComplex = (message: string): PublicError => {
  const error = new PublicError(ErrorCode.QUERY_TOO_COMPLEX, message);
  error.extensions.http = { status: 400 };
  return error;
};

/** Refused before any database work, with the status and the Retry-After (in seconds) that tell a client when to come back. */
const refusedFor = (code: ErrorCode, status: number, retryAfterSeconds: number, message: string): PublicError => {
  const error = new PublicError(code, message);
  error.extensions.http = { status, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return error;
};

export const rateLimitedMessage = (retryAfterSeconds: number): string => `This client has spent its query budget; retry in ${retryAfterSeconds} s.`;

export const rateLimited = (retryAfterSeconds: number): PublicError =>
  refusedFor(ErrorCode.RATE_LIMITED, 429, retryAfterSeconds, rateLimitedMessage(retryAfterSeconds));

/** The server has as much work in flight as it takes: nothing of this request was run. */
export const serverBusy = (retryAfterSeconds: number): PublicError =>
  refusedFor(ErrorCode.SERVICE_UNAVAILABLE, 503, retryAfterSeconds, `The server is busy; retry in ${retryAfterSeconds} s.`);
