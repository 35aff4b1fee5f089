import { GraphQLError } from 'graphql';
import { Admission, costKey } from '../../src/limits/admission';
import { ClientBudgets, clientKey } from '../../src/limits/clientBudgets';

describe('a client budget', () => {
  it('lets a client spend its burst at once, then what refills, and says when to come back', () => {
    let now = 0;
    const budgets = new ClientBudgets(1000, 100, () => now);
    expect(budgets.spend('a', 600)).toEqual({ ok: true });
    expect(budgets.spend('a', 400)).toEqual({ ok: true });
    expect(budgets.spend('a', 250)).toEqual({ ok: false, retryAfterSeconds: 3 });
    now = 2500; // 250 refilled
    expect(budgets.spend('a', 250)).toEqual({ ok: true });
    now = 1_000_000; // refills up to the burst, no further
    expect(budgets.spend('a', 1000)).toEqual({ ok: true });
    expect(budgets.spend('a', 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('is one per client: another keeps its whole budget', () => {
    const budgets = new ClientBudgets(1000, 100, () => 0);
    expect(budgets.spend('a', 1000)).toEqual({ ok: true });
    expect(budgets.spend('b', 1000)).toEqual({ ok: true });
    expect(budgets.spend('a', 1).ok).toBe(false);
  });

  it('forgets clients whose budget has refilled once there are many, and never one still spending', () => {
    let now = 0;
    const budgets = new ClientBudgets(100, 100, () => now);
    budgets.spend('spender', 100);
    for (let i = 0; i < 9_999; i += 1) budgets.spend(`client-${i}`, 1);
    now = 500; // the others have refilled, the spender only half
    budgets.spend('newcomer', 1);
    expect((budgets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(2);
    expect(budgets.spend('spender', 60).ok).toBe(false);
  });
});

describe('the address a budget belongs to', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::198.51.100.1', '64:ff9b:0:0::/64'],
  ])('%s spends from %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});

describe('admission', () => {
  const refusal = (admit: () => unknown) => {
    try {
      admit();
    } catch (error) {
      const { code, http } = (error as GraphQLError).extensions as { code: string; http: { status: number; headers: Map<string, string> } };
      return { code, status: http.status, retryAfter: http.headers.get('retry-after') };
    }
    throw new Error('admitted');
  };

  it('refuses past the cost in flight with 503 SERVICE_UNAVAILABLE, and admits again once the work ends', () => {
    const admission = new Admission({ ratePerSecond: 0, burst: 0, maxCostInFlight: 1000 });
    const first = admission.admit('a', 700);
    expect(refusal(() => admission.admit('b', 301))).toEqual({ code: 'SERVICE_UNAVAILABLE', status: 503, retryAfter: '1' });
    const second = admission.admit('b', 300);
    expect(admission.costInFlight).toBe(1000);
    first();
    first(); // ending twice gives nothing back twice
    expect(admission.costInFlight).toBe(300);
    second();
    expect(admission.admit('c', 1000)).toEqual(expect.any(Function));
  });

  it('refuses a client past its budget with 429 RATE_LIMITED and Retry-After, before it looks for room', () => {
    const admission = new Admission({ ratePerSecond: 10, burst: 100, maxCostInFlight: 150 });
    const first = admission.admit('a', 100);
    // No room either, but it is the client's own budget that is spent: it is told so.
    expect(refusal(() => admission.admit('a', 60))).toEqual({ code: 'RATE_LIMITED', status: 429, retryAfter: '6' });
    expect(admission.costInFlight).toBe(100);
    first();
    expect(admission.admit('b', 100)).toEqual(expect.any(Function));
  });

  it('gives back the budget an operation spent when there is no room for it', () => {
    const admission = new Admission({ ratePerSecond: 1, burst: 100, maxCostInFlight: 100 });
    const held = admission.admit('a', 100);
    expect(refusal(() => admission.admit('b', 100))).toEqual({ code: 'SERVICE_UNAVAILABLE', status: 503, retryAfter: '1' });
    held();
    // b's budget is whole again: with a refill of 1 a second, nothing else could pay for this.
    expect(admission.admit('b', 100)).toEqual(expect.any(Function));
  });
});

describe('a refusal before GraphQL', () => {
  it('is given only for a request measured before whose client cannot pay for it now, and spends nothing', () => {
    const admission = new Admission({ ratePerSecond: 10, burst: 100, maxCostInFlight: 0 });
    const heavy = costKey('{ heavy }', undefined, undefined);
    // Never measured: GraphQL measures it.
    expect(admission.refusalBeforeGraphQL('a', heavy)).toBeNull();
    admission.remember(heavy, 80);
    expect(admission.refusalBeforeGraphQL('a', heavy)).toBeNull();
    admission.admit('a', 80);
    // 20 left: 80 is 6 s away at 10 a second, as the plugin would say.
    expect(admission.refusalBeforeGraphQL('a', heavy)).toBe(6);
    expect(refusalOf(() => admission.admit('a', 80))).toBe('6');
    // Looking spent nothing: the 20 left still pay for a request of 20.
    expect(admission.refusalBeforeGraphQL('a', heavy)).toBe(6);
    expect(admission.admit('a', 20)).toEqual(expect.any(Function));
    // Another client, other variables or another operation name: not refused here.
    expect(admission.refusalBeforeGraphQL('b', heavy)).toBeNull();
    expect(admission.refusalBeforeGraphQL('a', costKey('{ heavy }', undefined, { n: 1 }))).toBeNull();
    expect(admission.refusalBeforeGraphQL('a', costKey('{ heavy }', 'Other', undefined))).toBeNull();
  });

  it('is never given for variables too deep to be a key', () => {
    const deep = JSON.parse(`${'{"n":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(costKey('{ heavy }', undefined, deep)).toBeNull();
    expect(new Admission({ ratePerSecond: 10, burst: 100, maxCostInFlight: 0 }).refusalBeforeGraphQL('a', null)).toBeNull();
  });
});

function refusalOf(admit: () => unknown): string | undefined {
  try {
    admit();
  } catch (error) {
    return ((error as GraphQLError).extensions.http as { headers: Map<string, string> }).headers.get('retry-after');
  }
  return undefined;
}
