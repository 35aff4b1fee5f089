import WebSocket from 'ws';
import { pruneChanges } from '../../src/changes/changeRetention';
import { encodeCursor } from '../../src/cypher/cursor';
import { SCRATCH_ENV, WRITE_TOKENS } from '../support/scratch';
import { subscribe, SubscriptionEvent, wsClient } from '../support/subscriber';
import { eventually } from '../support/locatorMatchers';
import { graphql, startTestServer, TestServer } from '../support/testServer';

type Change = { cursor: string; kind: string; entityId: string; entityKind: string; by: string | null; committedAt: string };

/**
 * Subscription.changes over graphql-ws, against a second API server on the
 * same database: it sees only what it reads from the change log, as another
 * process behind a load balancer would.
 */
export function subscriptionCases(scratch: () => TestServer): void {
  const writer = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  let other: TestServer;
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const SOURCE = ['https://example.org/subscription-test'];
  const SUBSCRIBE = 'subscription ($after: String) { changes(after: $after) { cursor committedAt kind entityId entityKind by } }';
  const UPSERT_AGENCY = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id } }';

  const newest = async () => {
    const [{ last }] = await writer.db.read({ cypher: 'MATCH (log:ChangeLog) RETURN log.last AS last', params: {} });
    return cursorAt(last as number);
  };
  const cursorAt = (seq: number) => encodeCursor({ order: 'COMMIT_ORDER', key: String(seq), id: String(seq) });
  const seqOf = (cursor: string) => Number(JSON.parse(Buffer.from(cursor, 'base64url').toString())[1]);
  const upsertAgency = async (id: string, name = id) => {
    const { body } = await graphql(writer, UPSERT_AGENCY, { input: { id, name, sources: SOURCE } }, editor);
    expect(body.errors).toBeUndefined();
  };
  const changesOf = (events: SubscriptionEvent<{ changes: Change }>[]) =>
    events.map((event) => {
      expect(event.errors).toBeUndefined();
      return event.data!.changes;
    });
  const summary = (changes: Change[]) => changes.map(({ kind, entityKind, entityId, by }) => `${kind} ${entityKind} ${entityId} by ${by}`);
  const codesOf = (errors: unknown) => (errors as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code);

  beforeAll(async () => {
    other = await startTestServer({ ...SCRATCH_ENV(), WRITE_TOKENS });
  });
  afterAll(() => other.close());

  describe('Subscription.changes', () => {
    it('streams a create, an update and a delete made through another API process, in that order, as changes(after) lists them', async () => {
      const start = await newest();
      const client = wsClient(other.url);
      try {
        const subscription = subscribe<{ changes: Change }>(client, SUBSCRIBE, { after: start });
        await upsertAgency('test-sub-agency', 'Subscribed Agency');
        await upsertAgency('test-sub-agency', 'Subscribed Agency, renamed');
        const { body } = await graphql(writer, 'mutation { deleteEntity(id: "test-sub-agency") }', {}, editor);
        expect(body.data).toEqual({ deleteEntity: true });

        const streamed = changesOf(await subscription.received(3));
        expect(summary(streamed)).toEqual([
          'CREATED AGENCY test-sub-agency by tester',
          'UPDATED AGENCY test-sub-agency by tester',
          'DELETED AGENCY test-sub-agency by tester',
        ]);
        const listed = await graphql<{ changes: { nodes: Change[] } }>(other, 'query ($after: String) { changes(after: $after) { nodes { cursor committedAt kind entityId entityKind by } } }', { after: start });
        expect(listed.body.data!.changes.nodes).toEqual(streamed);
      } finally {
        await client.dispose();
      }
    });

    it('gives a subscriber that reconnects with its last cursor each of 100 writes exactly once, in commit order', async () => {
      const start = await newest();
      const ids = Array.from({ length: 100 }, (_, i) => `test-sub-burst-${i}`);
      const first = wsClient(other.url);
      const before = subscribe<{ changes: Change }>(first, SUBSCRIBE, { after: start });
      const writing = (async () => {
        for (const id of ids) await upsertAgency(id);
      })();
      // Gone after 20 or more: what was in flight then is lost to this client, not to the log.
      await before.received(20);
      await first.dispose();
      const seen = changesOf(before.events);
      const last = seen[seen.length - 1].cursor;

      const second = wsClient(other.url);
      try {
        const after = subscribe<{ changes: Change }>(second, SUBSCRIBE, { after: last });
        await writing;
        // One write more: when it arrives, anything repeated or late would have arrived before it.
        await upsertAgency('test-sub-burst-end');
        const rest = changesOf(await after.received(100 - seen.length + 1));
        const all = [...seen, ...rest];
        expect(all.map((change) => change.entityId)).toEqual([...ids, 'test-sub-burst-end']);
        expect(all.map((change) => seqOf(change.cursor))).toEqual(all.map((_, i) => seqOf(start) + 1 + i));
      } finally {
        await second.dispose();
      }
    });

    it('replays from after, then streams, with no gap and no repeat where they meet, while writes land during the replay', async () => {
      const start = await newest();
      // One transaction of 1200 changes: more than a page of the replay (1000), so the replay reads the log more than once.
      const agencies = Array.from({ length: 1200 }, (_, i) => ({ id: `test-sub-replay-${i}`, name: `Replayed ${i}`, sources: SOURCE }));
      const imported = await graphql(writer, 'mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied } }', { input: { agencies } }, editor);
      expect(imported.body.data).toEqual({ importGraph: { applied: true } });
      const live = Array.from({ length: 20 }, (_, i) => `test-sub-live-${i}`);
      const client = wsClient(other.url);
      try {
        const subscription = subscribe<{ changes: Change }>(client, SUBSCRIBE, { after: start });
        // The replay has begun; the writes race the rest of it, some through the subscriber's own process.
        await subscription.received(1);
        await Promise.all(live.map((id, i) => graphql(i % 2 ? writer : other, UPSERT_AGENCY, { input: { id, name: id, sources: SOURCE } }, editor)));
        const all = changesOf(await subscription.received(agencies.length + live.length));
        // An import logs its entities in its own order; what counts is that each comes once, before the live ones.
        expect(all.slice(0, agencies.length).map((change) => change.entityId).sort()).toEqual(agencies.map((agency) => agency.id).sort());
        expect(all.slice(agencies.length).map((change) => change.entityId).sort()).toEqual([...live].sort());
        expect(all.map((change) => seqOf(change.cursor))).toEqual(all.map((_, i) => seqOf(start) + 1 + i));
        // Nothing after them: one write more arrives next, not a repeat.
        await upsertAgency('test-sub-replay-end');
        expect(changesOf(await subscription.received(all.length + 1)).pop()!.entityId).toBe('test-sub-replay-end');
      } finally {
        await client.dispose();
      }
    }, 180_000);

    it('without a cursor streams what is committed from then on', async () => {
      await upsertAgency('test-sub-from-now-before');
      // The earlier tests' subscriptions end as their sockets close; this one counts its own.
      await eventually(async () => other.subscribers(), (open) => expect(open).toBe(0));
      const client = wsClient(other.url);
      try {
        const subscription = subscribe<{ changes: Change }>(client, 'subscription { changes { entityId kind } }');
        // Aliases and fragments are answered as in any GraphQL answer.
        const aliased = subscribe(client, 'subscription { changes { id: entityId ...What } } fragment What on Change { what: kind }');
        // "From now" is fixed when the server opens each subscription: a write sent before that would not reach it.
        await eventually(async () => other.subscribers(), (open) => expect(open).toBe(2));
        await upsertAgency('test-sub-from-now-after');
        expect((await subscription.received(1)).map((event) => event.data)).toEqual([{ changes: { entityId: 'test-sub-from-now-after', kind: 'CREATED' } }]);
        expect((await aliased.received(1)).map((event) => event.data)).toEqual([{ changes: { id: 'test-sub-from-now-after', what: 'CREATED' } }]);
      } finally {
        await client.dispose();
      }
    });

    it('refuses a cursor that is not its own, or older than the log keeps, with BAD_USER_INPUT', async () => {
      await upsertAgency('test-sub-aged');
      const aged = seqOf(await newest());
      await writer.db.write({ cypher: 'MATCH (c:Change) WHERE c.seq <= $aged SET c.committedAt = datetime() - duration({days: 31})', params: { aged } });
      await pruneChanges(writer.db, 30);
      const client = wsClient(other.url);
      try {
        for (const [after, message] of [['bm90LWEtY3Vyc29y', /not a cursor/], [cursorAt(aged - 1), /older than the change log keeps.*download/]] as const) {
          const subscription = subscribe(client, SUBSCRIBE, { after });
          await subscription.ended;
          expect(subscription.events).toHaveLength(1);
          expect(codesOf(subscription.events[0].errors)).toEqual(['BAD_USER_INPUT']);
          expect(subscription.events[0].errors![0].message).toMatch(message);
        }
      } finally {
        await client.dispose();
      }
    });

    it('holds a subscription to the limits of a query, serves subscriptions only, and masks what is not the client\'s', async () => {
      const client = wsClient(other.url);
      const refused = async (query: string) => {
        const subscription = subscribe(client, query);
        await subscription.ended;
        expect(subscription.events).toEqual([]);
        return subscription.failure as { message: string; extensions?: { code?: string } }[];
      };
      try {
        const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: cursor`).join(' ');
        const tooMany = await refused(`subscription { changes { ${aliases} } }`);
        expect(codesOf(tooMany)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(tooMany[0].message).toMatch(/aliases is 16, above the limit of 15/);
        expect(codesOf(await refused(`subscription { changes { ${'cursor '.repeat(21)}} }`))).toEqual(['QUERY_TOO_COMPLEX']);
        expect(codesOf(await refused('{ stats { missions } }'))).toEqual(['BAD_USER_INPUT']);
        expect(codesOf(await refused('subscription { changes { nope } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(codesOf(await refused('subscription { changes {'))).toEqual(['GRAPHQL_PARSE_FAILED']);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the WebSocket endpoint', () => {
    let limited: TestServer | undefined;
    beforeAll(async () => {
      limited = await startTestServer({ ...SCRATCH_ENV(), SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '2' });
    });
    afterAll(() => limited?.close());

    const connect = (path = '/graphql') =>
      new Promise<{ socket?: WebSocket; status?: number }>((resolve) => {
        const socket = new WebSocket(`${limited!.url.replace(/^http/, 'ws')}${path}`, 'graphql-transport-ws');
        socket.once('open', () => resolve({ socket }));
        socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode }));
      });

    it('takes a bounded number of connections per client (HTTP 429 past it), on /graphql only, and closes them with 1001 on shutdown', async () => {
      const [one, two] = [await connect(), await connect()];
      expect([one.socket, two.socket].every(Boolean)).toBe(true);
      expect(await connect()).toEqual({ status: 429 });
      expect(await connect('/elsewhere')).toEqual({ status: 404 });

      const closed = new Promise<number>((resolve) => one.socket!.once('close', (code) => resolve(code)));
      two.socket!.close();
      await new Promise((resolve) => two.socket!.once('close', resolve));
      // The server counts the connection as gone once it sees it close, which may come just after the client does.
      let three = await connect();
      for (let tries = 0; !three.socket && tries < 50; tries += 1) three = await connect();
      expect(three.socket).toBeDefined();

      const server = limited;
      limited = undefined;
      await server!.close();
      expect(await closed).toBe(1001);
    });
  });
}
