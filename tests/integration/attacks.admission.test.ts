import { WORST_CASE } from '../support/hostileRequests';
import { burstFrom } from '../support/loadClients';
import { WRITE_TOKENS } from '../support/scratch';
import { graphql, graphqlFrom, startTestServer, TestServer } from '../support/testServer';

/**
 * Admission control: a client that floods the server spends its own budget
 * (RATE_LIMITED, 429) and never the room that other clients and the health
 * checks need. Other clients are other loopback addresses (127.0.0.2, ...).
 */
const CHEAP = '{ mission(id: "tianwen-2") { name } }';
const HEAVY = JSON.parse(WORST_CASE.body!).query as string;

/** The cost the server gives a query, read from its refusal by a server whose cost limit is 1. */
async function costOf(query: string): Promise<number> {
  const strict = await startTestServer({ QUERY_MAX_COST: '1' });
  try {
    return Number(/its cost is (\d+)/.exec((await graphql(strict, query)).body.errors![0].message)![1]);
  } finally {
    await strict.close();
  }
}

describe('a client budget', () => {
  let server: TestServer;
  let heavy: number;
  let cheap: number;
  beforeAll(async () => {
    [heavy, cheap] = [await costOf(HEAVY), await costOf(CHEAP)];
    // Room for one heavy request and two cheap ones, refilling at 1 a second: nothing refills during the test.
    // The deadlines are generous: the budget is under test, not how fast a loaded machine runs the heavy request.
    server = await startTestServer({
      QUERY_MAX_COST: String(heavy),
      RATE_LIMIT_BURST: String(heavy + 2 * cheap),
      RATE_LIMIT_PER_SECOND: '1',
      WRITE_TOKENS,
      TX_TIMEOUT_MS: '50000',
      REQUEST_TIMEOUT_MS: '60000',
    });
  });
  afterAll(() => server.close());

  it('is spent by cost: past it a client gets 429 RATE_LIMITED with Retry-After, while another client and an editor go on', async () => {
    expect(heavy).toBeGreaterThan(50 * cheap);
    expect((await graphqlFrom(server, '127.0.0.1', HEAVY)).status).toBe(200);

    const refused = await graphqlFrom(server, '127.0.0.1', HEAVY);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ errors: [{ message: expect.stringMatching(/^This client has spent its query budget; retry in \d+ s\.$/), extensions: { code: 'RATE_LIMITED' } }] });
    // What is left (two cheap requests' worth, and what a second or so refilled) refills at 1 a second.
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(heavy - 2 * cheap);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(heavy - 2 * cheap - 10);

    // The same client still has room for what costs little: the budget is weighted by cost, not by requests.
    expect((await graphqlFrom(server, '127.0.0.1', CHEAP)).body).toEqual({ data: { mission: { name: 'Tianwen-2' } } });
    expect((await graphqlFrom(server, '127.0.0.2', HEAVY)).status).toBe(200);
    expect((await graphqlFrom(server, '127.0.0.1', HEAVY, { authorization: 'Bearer editor-token-0123456789' })).status).toBe(200);
    // A reader's token is no exemption.
    expect((await graphqlFrom(server, '127.0.0.1', HEAVY, { authorization: 'Bearer reader-token-0123456789' })).status).toBe(429);
  });
});

describe('a burst of requests at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers every one of them rightly, from both clients, though most wait for a later turn of the event loop', async () => {
    // Eight begin per turn of the event loop (turnTaking.ts); the others wait for later turns, clients in rotation.
    // The burst comes from a process of its own, its connections open beforehand; the server's loop (this
    // process's) is held while it sends, so all sixty are there at once, however the machine schedules the two.
    const deferredSoFar = async () => Number(/^graphql_requests_deferred_total (\d+)$/m.exec(await (await fetch(`${server.metricsUrl}/metrics`)).text())![1]);
    const before = await deferredSoFar();
    const client = await burstFrom(server.url, '127.0.0.1', 60, JSON.stringify({ query: CHEAP }));
    const others = Promise.all(Array.from({ length: 5 }, () => graphqlFrom(server, '127.0.0.2', CHEAP)));
    client.send(500);
    const [burst, other] = await Promise.all([client.answers, others]);
    const deferred = (await deferredSoFar()) - before;
    process.stderr.write(`[turns] of 65 requests at once, ${deferred} waited for a later turn of the event loop\n`);
    expect(burst).toEqual(Array(60).fill({ status: 200, code: 'ok' }));
    expect(other.map(({ body }) => body)).toEqual(Array(5).fill({ data: { mission: { name: 'Tianwen-2' } } }));
    expect(deferred).toBeGreaterThan(0);
  });
});
