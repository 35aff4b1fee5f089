import { rateLimited, serverBusy } from '../errors/publicError';
import { ClientBudgets, clientKey } from './clientBudgets';
import { CostInFlight } from './costInFlight';

/** Admission control, in the cost model's unit; 0 turns a part off. */
export interface AdmissionLimits {
  /** What a client's budget refills per second. */
  ratePerSecond: number;
  /** What a client's budget holds: the most it can spend at once. */
  burst: number;
  /** The most cost executing at once, over all clients. */
  maxCostInFlight: number;
}

/** A busy server is worth retrying about this soon: its work in flight ends within a transaction timeout, most of it far sooner. */
const BUSY_RETRY_SECONDS = 1;

/**
 * Whether an operation of a known cost may run now: its client must have
 * budget for it (the per-client bucket), and the server room for it (the cost
 * in flight). The budget comes first, so that a client flooding the server is
 * told it is over its own budget (429) rather than that the server is busy;
 * a refusal for lack of room gives back what it spent.
 */
export class Admission {
  private readonly budgets: ClientBudgets | null;
  private readonly inFlight: CostInFlight | null;

  constructor(limits: AdmissionLimits) {
    this.budgets = limits.ratePerSecond > 0 ? new ClientBudgets(limits.burst, limits.ratePerSecond) : null;
    this.inFlight = limits.maxCostInFlight > 0 ? new CostInFlight(limits.maxCostInFlight) : null;
  }

  /** Admits the operation or throws RATE_LIMITED (429) or SERVICE_UNAVAILABLE (503); the returned function ends it. */
  admit(clientAddress: string, cost: number): () => void {
    const client = clientKey(clientAddress);
    const spending = this.budgets?.spend(client, cost) ?? { ok: true };
    if (!spending.ok) throw rateLimited(spending.retryAfterSeconds);
    const release = this.inFlight ? this.inFlight.reserve(cost) : () => undefined;
    if (!release) {
      this.budgets?.refund(client, cost);
      throw serverBusy(BUSY_RETRY_SECONDS);
    }
    return release;
  }

  /** The cost of the operations admitted and not yet answered. */
  get costInFlight(): number {
    return this.inFlight?.inFlight ?? 0;
  }
}
