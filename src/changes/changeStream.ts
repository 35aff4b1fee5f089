import { ErrorCode } from '../errors/errorCodes';
import { PublicError } from '../errors/publicError';
import type { ChangeFeed } from './changeFeed';
import type { ChangeRecord } from './changes.queries';

/** What a stream yields: a change, or (last) the error that ends it, for the resolver to raise as GraphQL's error. */
export type ChangeStreamItem = ChangeRecord | { error: PublicError };

/**
 * One subscriber's changes: its own position in the log, and the changes that
 * follow it, asked of the feed a page at a time. The position moves one
 * change at a time as each is handed over, so the replay and the live feed
 * meet without a gap or a repeat, and a client that reads slowly is given the
 * changes as fast as it takes them (graphql-ws awaits each send).
 *
 * An iterator rather than an async generator: a generator waiting for the
 * next change could not be ended until that change came.
 */
export class ChangeStream implements AsyncIterableIterator<ChangeStreamItem> {
  private ended = false;
  private cancelWait: (() => void) | undefined;

  constructor(
    private readonly feed: ChangeFeed,
    private cursor: number,
    private queue: ChangeRecord[],
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ChangeStreamItem>> {
    while (!this.ended && !this.feed.isClosed) {
      const change = this.queue.shift();
      if (change) {
        this.cursor = change.seq;
        return { value: change, done: false };
      }
      try {
        this.queue = await this.feed.changesAfter(this.cursor);
      } catch (error) {
        // A cursor that fell behind the retention ends the stream with that error; Neo4j down, it waits and tries again.
        if (error instanceof PublicError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
          await this.return();
          return { value: { error }, done: false };
        }
      }
      if (this.queue.length === 0) {
        const { wait, cancel } = this.feed.nextAfter(this.cursor);
        this.cancelWait = cancel;
        await wait;
        this.cancelWait = undefined;
      }
    }
    await this.return();
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<ChangeStreamItem>> {
    if (!this.ended) {
      this.ended = true;
      this.cancelWait?.();
      this.feed.streamEnded();
    }
    return { value: undefined, done: true };
  }
}
