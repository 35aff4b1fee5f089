import type { GraphExecutor } from '../db/graphDatabase';
import { ErrorCode } from '../errors/errorCodes';
import { PublicError } from '../errors/publicError';
import type { Logger } from '../observability/logger';
import { ChangeRecord, lastChange, readChanges } from './changes.queries';
import { ChangeStream } from './changeStream';

/** The newest changes a process keeps in memory for its subscribers; one further behind reads the log itself. */
const RECENT = 10_000;
/** Changes read per statement, polling or replaying. */
const PAGE = 1000;

export interface ChangeFeedOptions {
  /** How often the log is read while anyone subscribes. */
  pollMs: number;
  logger: Logger;
}

interface Waiter {
  cursor: number;
  resume: () => void;
}

/**
 * The change log as one API process follows it for all its subscribers: one
 * statement every `pollMs` while anyone listens, whatever their number. It
 * reads the log itself, never an in-process event, so every process behind a
 * load balancer sees every change, whichever process wrote it; a write made
 * here only asks for the next read to come at once.
 *
 * Each subscriber keeps its own position and asks for what follows it (see
 * ChangeStream): from memory when it is among the newest changes, from the
 * log when it is further behind (a replay), so no subscriber is ever given a
 * change twice or made to skip one, however the two meet.
 */
export class ChangeFeed {
  private recent: ChangeRecord[] = [];
  /** The number of the last change read; null while nobody listens. */
  private head: number | null = null;
  private streams = 0;
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private pollAgain = false;
  private failing = false;
  private closed = false;

  constructor(
    private readonly db: GraphExecutor,
    private readonly options: ChangeFeedOptions,
  ) {}

  /**
   * The changes after `after` (a change's number), then each new one as it is
   * committed; without `after`, from the last change committed now. The first
   * page is read here, so a cursor the log has pruned fails at once.
   */
  async open(after: number | null): Promise<ChangeStream> {
    const start = after ?? (await lastChange(this.db));
    const first = await this.changesAfter(start);
    this.streams += 1;
    if (this.streams === 1) void this.poll();
    return new ChangeStream(this, start, first);
  }

  /** A write committed in this process: read the log now rather than at the next tick. */
  wake(): void {
    if (this.streams > 0) void this.poll();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const waiter of this.waiters) waiter.resume();
    this.waiters.clear();
  }

  /** What follows `cursor`, at most a page: from memory when it is there, else from the log. */
  async changesAfter(cursor: number): Promise<ChangeRecord[]> {
    if (this.head !== null && cursor >= this.head) return [];
    const oldest = this.recent[0]?.seq;
    if (oldest !== undefined && cursor + 1 >= oldest) return this.recent.slice(cursor + 1 - oldest, cursor + 1 - oldest + PAGE);
    return (await readChanges(this.db, cursor, PAGE)).changes;
  }

  /** Resolves once the feed has read past `cursor`, at the next read when it already has (to try the log again), or when it closes. */
  nextAfter(cursor: number): { wait: Promise<void>; cancel: () => void } {
    let waiter!: Waiter;
    const wait = new Promise<void>((resume) => {
      waiter = { cursor, resume };
    });
    if (this.closed) waiter.resume();
    else this.waiters.add(waiter);
    return { wait, cancel: () => (this.waiters.delete(waiter), waiter.resume()) };
  }

  /** A stream ended; the last one stops the polling and forgets what it read (a later subscriber starts from the log). */
  streamEnded(): void {
    this.streams -= 1;
    if (this.streams > 0) return;
    clearTimeout(this.timer);
    this.head = null;
    this.recent = [];
  }

  /** Subscriptions open now, each from a position fixed when it opened (a write from then on reaches it). */
  get subscribers(): number {
    return this.streams;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async poll(): Promise<void> {
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = true;
    clearTimeout(this.timer);
    try {
      this.head ??= await lastChange(this.db);
      for (let read = PAGE; read === PAGE; ) {
        const { changes } = await readChanges(this.db, this.head, PAGE);
        this.remember(changes);
        read = changes.length;
      }
      this.failing = false;
    } catch (error) {
      // Neo4j down: subscribers wait, and get what they missed once it is back. One line per outage, not per tick.
      if (!this.failing) this.options.logger.warn({ err: error }, 'could not read the change log; trying again');
      this.failing = true;
      if (error instanceof PublicError && error.extensions.code === ErrorCode.BAD_USER_INPUT) this.head = null;
    } finally {
      this.polling = false;
      this.release();
      if (this.pollAgain) {
        this.pollAgain = false;
        void this.poll();
      } else if (this.streams > 0 && !this.closed) {
        this.timer = setTimeout(() => void this.poll(), this.options.pollMs);
      }
    }
  }

  private remember(changes: ChangeRecord[]): void {
    if (changes.length === 0) return;
    this.recent.push(...changes);
    this.head = changes[changes.length - 1].seq;
    if (this.recent.length > RECENT * 1.5) this.recent = this.recent.slice(-RECENT);
  }

  /** Wakes the subscribers behind what the feed has read: it went past them, or they are to try the log again. */
  private release(): void {
    if (this.head === null) return;
    for (const waiter of this.waiters) {
      if (waiter.cursor < this.head) {
        this.waiters.delete(waiter);
        waiter.resume();
      }
    }
  }
}
