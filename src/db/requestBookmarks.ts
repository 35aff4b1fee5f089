import { badUserInput, PublicError } from '../errors/publicError';

/** The header a write's bookmarks are answered in, and in which a later request hands them back. */
export const BOOKMARK_HEADER = 'x-bookmark';

const MAX_BOOKMARKS = 16;
/** What Neo4j's bookmarks are made of ("FB:" and base64); anything else is not one this server gave. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

/**
 * Read-your-writes across API processes, for one request: the bookmarks it
 * was handed (its statements start only once Neo4j has applied those writes,
 * on whichever cluster member serves them), advanced by each write it makes
 * so that its next statements, and the client's next request, follow it.
 */
export class RequestBookmarks {
  private bookmarks: string[] = [];
  private refused: PublicError | undefined;
  /** True once the request wrote: its answer carries the bookmark. */
  wrote = false;

  constructor(header?: string) {
    if (!header) return;
    const given = (header ?? '').split(',').map((bookmark) => bookmark.trim()).filter((bookmark) => bookmark.length > 0);
    if (given.length > MAX_BOOKMARKS || !given.every((bookmark) => BOOKMARK.test(bookmark))) {
      this.refused = badUserInput(`The ${BOOKMARK_HEADER} header is not a bookmark this API gave: send back the ${BOOKMARK_HEADER} of a write's answer as it came.`);
    } else {
      this.bookmarks = given;
    }
  }

  /** What a statement must wait for; throws BAD_USER_INPUT when the header was not bookmarks. */
  get current(): string[] {
    if (this.refused) throw this.refused;
    return this.bookmarks;
  }

  /** After a write committed: the bookmarks that include it. */
  advance(bookmarks: string[]): void {
    this.bookmarks = bookmarks;
    this.wrote = true;
  }

  /** The header value of the answer. */
  toHeader(): string {
    return this.bookmarks.join(', ');
  }
}
