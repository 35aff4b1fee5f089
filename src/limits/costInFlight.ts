/**
 * A bound on the total cost of the operations executing at once, whoever sent
 * them: past it a new operation is refused at once (503, with Retry-After)
 * rather than queued behind work the machine cannot finish in time, so the
 * driver's pool keeps connections for what was admitted and the health checks
 * keep answering.
 */
export class CostInFlight {
  private total = 0;

  constructor(private readonly max: number) {}

  /** Reserves `cost`, returning how to give it back, or null when the bound would be crossed. */
  reserve(cost: number): (() => void) | null {
    if (this.total + cost > this.max) return null;
    this.total += cost;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= cost;
    };
  }

  get inFlight(): number {
    return this.total;
  }
}
