import { isIPv6 } from 'node:net';

/** Whether a client may spend `cost` now, and if not, in how many seconds it may. */
export type Spending = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Below this many clients the buckets are never swept. */
const SWEEP_FROM = 10_000;

/**
 * A cost-weighted token bucket per client: each holds at most `burst` units
 * and refills at `perSecond`; a request takes its cost from its client's
 * bucket or is refused. A bucket that has refilled is the same as no bucket,
 * so full ones are dropped when the map grows (amortised: each sweep lets the
 * map double first), and a flood from many addresses costs memory only while
 * it lasts.
 */
export class ClientBudgets {
  private readonly buckets = new Map<string, Bucket>();
  private sweepAt = SWEEP_FROM;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  spend(client: string, cost: number): Spending {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? this.added(client, now);
    bucket.tokens = this.refilled(bucket, now);
    bucket.at = now;
    const spending = this.verdict(bucket.tokens, cost);
    if (spending.ok) bucket.tokens -= cost;
    return spending;
  }

  /** What `spend` would answer, spending nothing: whether the client's budget covers `cost` now. */
  peek(client: string, cost: number): Spending {
    const bucket = this.buckets.get(client);
    return this.verdict(bucket ? this.refilled(bucket, this.now()) : this.burst, cost);
  }

  /** Gives back what `spend` took for an operation that did not run after all. */
  refund(client: string, cost: number): void {
    const bucket = this.buckets.get(client);
    if (bucket) bucket.tokens = Math.min(this.burst, bucket.tokens + cost);
  }

  private refilled(bucket: Bucket, now: number): number {
    return Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
  }

  private verdict(tokens: number, cost: number): Spending {
    return tokens >= cost ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - tokens) / this.perSecond)) };
  }

  private added(client: string, now: number): Bucket {
    if (this.buckets.size >= this.sweepAt) {
      for (const [key, bucket] of this.buckets) {
        if (this.refilled(bucket, now) >= this.burst) this.buckets.delete(key);
      }
      this.sweepAt = Math.max(SWEEP_FROM, 2 * this.buckets.size);
    }
    const bucket = { tokens: this.burst, at: now };
    this.buckets.set(client, bucket);
    return bucket;
  }
}

/** The eight groups of an IPv6 address, `::` expanded; an embedded IPv4 tail counts as the two groups it fills. */
function ipv6Groups(address: string): string[] {
  const groups = (part: string) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : []);
  const [head, tail] = address.split('%')[0].split('::');
  if (tail === undefined) return groups(head);
  const [first, last] = [groups(head), groups(tail)];
  return [...first, ...Array<string>(8 - first.length - last.length).fill('0'), ...last];
}

/**
 * The budget a client address spends from: an IPv4 address as it is (also when
 * written as ::ffff:a.b.c.d), an IPv6 address by its /64, the smallest block a
 * site is given, so that one host cannot take a fresh budget per address.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const prefix = ipv6Groups(address).slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
  return `${prefix.join(':')}::/64`;
}
