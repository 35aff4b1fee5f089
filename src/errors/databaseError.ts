import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { ErrorCode } from './errorCodes';
import { PublicError } from './publicError';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
  // The driver reports these two as client errors: a transaction ended by its timeout while it
  // waited for a lock, or terminated while it ran.
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
]);

/** A bookmark Neo4j cannot read, or one of another database: the client's header, not our failure. */
const INVALID_BOOKMARKS = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

export const databaseUnavailable = (): PublicError =>
  new PublicError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');

/** True for the failures that mean Neo4j cannot be reached (as opposed to a statement that failed). */
export function isUnavailable(error: unknown): boolean {
  return toPublicError(error)?.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;
}

/**
 * Maps a driver failure to a contract code. The driver's own message may
 * quote Cypher, so it never reaches the client; the caller logs the original.
 */
export function toPublicError(error: unknown): PublicError | null {
  if (error instanceof PublicError) return error;
  if (!(error instanceof Neo4jError)) return null;
  if (UNAVAILABLE.has(error.code) || /connect|acquisition/i.test(error.message)) {
    return databaseUnavailable();
  }
  if (TIMED_OUT.has(error.code)) {
    return new PublicError(ErrorCode.TIMEOUT, 'The query took too long and was stopped.');
  }
  if (INVALID_BOOKMARKS.has(error.code)) {
    return new PublicError(ErrorCode.BAD_USER_INPUT, 'The x-bookmark header is not a bookmark of this database: send back the x-bookmark of a write\'s answer as it came.');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new PublicError(ErrorCode.CONFLICT, 'The write conflicts with another one; try again.');
  }
  if (isRetryableError(error)) {
    return new PublicError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly.');
  }
  return null;
}
