import { ErrorCode } from '../errors/errorCodes';
import { PublicError } from '../errors/publicError';
import { findToken, WriteToken } from './writeTokens';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of an `Authorization: Bearer <token>` header, unchecked. */
export const bearerToken = (authorization: string | undefined): string | undefined => (authorization ? BEARER.exec(authorization)?.[1] : undefined);

/** The configured token a request's Authorization header carries, or null. */
export function tokenOf(tokens: readonly WriteToken[], authorization: string | undefined): WriteToken | null {
  const presented = bearerToken(authorization);
  return presented ? findToken(tokens, presented) : null;
}

/** Writes need a known token with the editor role; nothing is read or written before this passes. */
export function requireEditor(tokens: readonly WriteToken[], authorization: string | undefined): WriteToken {
  const token = tokenOf(tokens, authorization);
  if (!token) {
    throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Writing needs the header Authorization: Bearer <token> with a known token.');
  }
  if (token.role !== 'editor') throw new PublicError(ErrorCode.FORBIDDEN, 'This token may not write: it lacks the editor role.');
  return token;
}
