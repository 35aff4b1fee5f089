import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode, PUBLIC_CODES } from './errorCodes';
import { PublicError } from './publicError';
import { toPublicError } from './databaseError';

const MASKED: GraphQLFormattedError = {
  message: 'Internal server error',
  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
};

/** Apollo's own refusals of a request (a batch, an unknown operation name, a mutation over GET): the client's mistake. */
const REQUEST_REFUSALS = new Set(['BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

/** The public face of an error: its contract code and its message, or null when it must be masked. */
export function publicErrorOf(error: unknown): PublicError | GraphQLError | null {
  const original = unwrapResolverError(error);
  const mapped = toPublicError(original);
  if (mapped) return mapped;
  // Request errors (parse, validation, variable coercion) come before any resolver runs, so
  // they have no path; their messages are GraphQL's own, about the client's document.
  const code = error instanceof GraphQLError ? String(error.extensions.code) : undefined;
  if (error instanceof GraphQLError && REQUEST_REFUSALS.has(code!)) return new PublicError(ErrorCode.BAD_USER_INPUT, error.message);
  if (error instanceof GraphQLError && !error.path && code !== ErrorCode.INTERNAL_SERVER_ERROR && PUBLIC_CODES.has(code!)) {
    return error;
  }
  return null;
}

/**
 * The one place a failure becomes what the client sees: a contract code and a
 * message written for people. Stack traces, Cypher and driver messages stay in the log.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const known = publicErrorOf(error);
  if (!known) return { ...MASKED, ...(formatted.path ? { path: formatted.path } : {}) };
  return {
    message: known.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: known.extensions.code },
  };
}
