import { GraphQLError } from 'graphql';
import { ErrorCode } from './errorCodes';

/**
 * An error whose message was written for the client. Anything that is not a
 * PublicError (or one of GraphQL's own request errors) is masked on the way out.
 */
export class PublicError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
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
