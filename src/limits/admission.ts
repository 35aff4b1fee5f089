import { rateLimited, serverBusy } from '../errors/publicError';
import { ClientBudgets, clientKey } from './clientBudgets';
import { CostInFlight } from './costInFlight';
import { RecentDocuments } from './recentDocuments';

/** Up to 2 MB of request text is remembered with its cost (a few hundred distinct requests). */
const REMEMBERED_CHARACTERS = 2_000_000;

/**
 * Variables as one string, or null when they cannot be (nested so deep that
 * JSON.stringify runs out of stack): such a request is measured, not looked up.
 */
export function variablesKey(variables: unknown): string | null {
  if (variables === undefined || variables === null) return '{}';
  try {
    return JSON.stringify(variables);
  } catch {
    return null;
  }
}

/** What a request's cost depends on, as one string: its document, operation name and variables as sent; null as variablesKey says. */
export function costKey(query: string, operationName: unknown, variables: unknown): string | null {
  const variablesText = variablesKey(variables);
  return variablesText === null ? null : `${typeof operationName === 'string' ? operationName : ''}\0${variablesText}\0${query}`;
}

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
  /** The cost of requests measured lately, by costKey: what `refusalBeforeGraphQL` looks up. */
  private readonly knownCosts = new RecentDocuments<number>(REMEMBERED_CHARACTERS);

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

  /** Remembers the cost of a request measured by the limits, for the next time it is sent. */
  remember(key: string | null, cost: number): void {
    if (this.budgets && key !== null) this.knownCosts.set(key, cost);
  }

  /**
   * The Retry-After of RATE_LIMITED for a request sent before, whose cost is
   * known, when its client's budget cannot cover it now; null otherwise (then
   * GraphQL parses, measures and admits it as usual). A flood repeats one
   * request: its refusals then cost no parsing, no validation and no GraphQL
   * pipeline, so fifty of them at once hold the event loop a fraction as long.
   * Nothing is spent here.
   */
  refusalBeforeGraphQL(clientAddress: string, key: string | null): number | null {
    const cost = this.budgets && key !== null ? this.knownCosts.get(key) : undefined;
    if (cost === undefined) return null;
    const spending = this.budgets!.peek(clientKey(clientAddress), cost);
    return spending.ok ? null : spending.retryAfterSeconds;
  }

  /** The cost of the operations admitted and not yet answered. */
  get costInFlight(): number {
    return this.inFlight?.inFlight ?? 0;
  }
}
