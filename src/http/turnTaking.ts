/**
 * Requests begun a few per turn of the event loop, clients in rotation. Fifty
 * requests that arrive at once are all read in one turn of the loop, and each
 * costs about a millisecond before it is even refused (body, limits, the
 * answer), so a flood from one client held the loop for 40-50 ms in one piece
 * while a health check or another client's read, arriving with it, waited for
 * the whole of it. Here at most `perTurn` requests begin in a turn; the rest
 * wait for the following turns, served one client at a time in rotation, and
 * between two turns the loop runs its timers and reads whatever else arrived.
 * Under an ordinary load (a few requests per turn) nothing waits.
 */
export class TurnTaking {
  private readonly waiting = new Map<string, (() => void)[]>();
  private begunThisTurn = 0;
  private turnEnds = false;
  /** Requests that waited for a later turn, since the start (the metrics' counter). */
  deferred = 0;

  constructor(private readonly perTurn: number) {}

  /** Begins `work` now, or in a later turn if this one has begun its share or others are waiting. */
  begin(client: string, work: () => void): void {
    this.endTurnSoon();
    if (this.waiting.size === 0 && this.begunThisTurn < this.perTurn) {
      this.begunThisTurn += 1;
      work();
      return;
    }
    this.deferred += 1;
    const queue = this.waiting.get(client);
    if (queue) queue.push(work);
    else this.waiting.set(client, [work]);
  }

  /**
   * setImmediate runs after the loop has read its sockets: the turn's end. What
   * it begins counts towards the next turn, and if some still wait, the next
   * end comes only after the loop has run its timers and read its sockets again.
   */
  private endTurnSoon(): void {
    if (this.turnEnds) return;
    this.turnEnds = true;
    setImmediate(() => {
      this.turnEnds = false;
      this.begunThisTurn = 0;
      while (this.begunThisTurn < this.perTurn && this.waiting.size > 0) {
        // The Map's order is the rotation: the client served goes to the back if it still has requests waiting.
        const [client, queue] = this.waiting.entries().next().value as [string, (() => void)[]];
        this.waiting.delete(client);
        const work = queue.shift()!;
        if (queue.length > 0) this.waiting.set(client, queue);
        this.begunThisTurn += 1;
        work();
      }
      if (this.waiting.size > 0 || this.begunThisTurn > 0) this.endTurnSoon();
    });
  }
}
