import { badUserInput } from '../errors/publicError';
import { isCalendarDate } from '../validation/calendarDate';

/**
 * A keyset position: the sort key and id of the last node seen, tagged with the
 * order it belongs to. Opaque to clients (base64url of JSON) but checked on the
 * way in, so a forged or foreign cursor is a clear error rather than a wrong page.
 */
export interface CursorPosition {
  order: string;
  key: string | null;
  id: string;
}

export function encodeCursor({ order, key, id }: CursorPosition): string {
  return Buffer.from(JSON.stringify([order, key, id]), 'utf8').toString('base64url');
}

/** `keys` says what a sort key of this order looks like: a calendar date, or any text. */
export function decodeCursor(cursor: string, order: string, keys: 'date' | 'text'): CursorPosition {
  const invalid = () => badUserInput(`"after" is not a cursor of this list in order ${order}.`);
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalid();
  const [cursorOrder, key, id] = decoded as unknown[];
  if (cursorOrder !== order || typeof id !== 'string' || id.length === 0 || typeof key !== 'string') throw invalid();
  // A date that is not in the calendar (2025-13-45) would fail in Neo4j, after the request was accepted.
  if (keys === 'date' && !isCalendarDate(key)) throw invalid();
  return { order, key, id };
}

/** The value a compiled statement returns for a cursor: the order, the sort key and the id. */
export type RawCursor = [order: string, key: string, id: string];

export const encodeRawCursor = (raw: unknown): string | null => {
  if (!Array.isArray(raw)) return null;
  const [order, key, id] = raw as RawCursor;
  return encodeCursor({ order, key, id });
};
