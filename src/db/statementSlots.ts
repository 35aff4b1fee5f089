/**
 * At most `size` of one request's statements run at once; the others wait
 * their turn, first come first served. graphql-js starts every root field of
 * an operation together, so fifteen aliased fields would take fifteen pooled
 * connections and land fifteen results on the event loop at one moment, to be
 * decoded back to back while nothing else is answered, not even /healthz.
 */
export class StatementSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
