import { createHash, timingSafeEqual } from 'node:crypto';

export type WriteRole = 'editor' | 'reader';

export interface WriteToken {
  /** Stamped as updatedBy on what its writes touch; the token itself is never logged. */
  name: string;
  role: WriteRole;
  /** SHA-256 of the token: equal lengths for a constant-time comparison. */
  digest: Buffer;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** What any secret token of the server looks like (write tokens, METRICS_TOKEN). */
export const TOKEN_FORMAT = /^[A-Za-z0-9._~+/=-]{16,512}$/;
/** Tokens are kept and compared as digests: equal lengths for timingSafeEqual, and no secret in memory dumps. */
export const tokenDigest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * WRITE_TOKENS: comma-separated name:role:token entries, role editor or
 * reader, e.g. "alice:editor:3f9c…,dashboard:reader:a81e…". Returns the
 * tokens, or the problems with the value (never quoting a token).
 */
export function parseWriteTokens(raw: string | undefined): { tokens: WriteToken[]; problems: string[] } {
  const tokens: WriteToken[] = [];
  const problems: string[] = [];
  if (!raw) return { tokens, problems };
  raw.split(',').map((entry) => entry.trim()).filter(Boolean).forEach((entry, index) => {
    const [name, role, token, ...rest] = entry.split(':');
    if (rest.length > 0 || !name || !role || !token) {
      problems.push(`WRITE_TOKENS entry ${index + 1} must be name:role:token`);
    } else if (!NAME.test(name)) {
      problems.push(`WRITE_TOKENS entry ${index + 1}: the name must be a lowercase word like "alice"`);
    } else if (role !== 'editor' && role !== 'reader') {
      problems.push(`WRITE_TOKENS entry "${name}": the role must be editor or reader`);
    } else if (!TOKEN_FORMAT.test(token)) {
      problems.push(`WRITE_TOKENS entry "${name}": the token must be 16 to 512 characters of letters, digits and ._~+/=-`);
    } else if (tokens.some((known) => known.name === name)) {
      problems.push(`WRITE_TOKENS names "${name}" twice`);
    } else {
      tokens.push({ name, role, digest: tokenDigest(token) });
    }
  });
  return { tokens, problems };
}

/** The token's entry, compared against every configured token in constant time. */
export function findToken(tokens: readonly WriteToken[], presented: string): WriteToken | null {
  const digest = tokenDigest(presented);
  let found: WriteToken | null = null;
  for (const token of tokens) {
    if (timingSafeEqual(token.digest, digest)) found = token;
  }
  return found;
}
