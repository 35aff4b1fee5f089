import { encodeCursor } from '../../src/cypher/cursor';
import { createDriver } from '../../src/db/driver';
import { LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j';
import { ChildServer, startChildServer } from '../support/childServer';
import { LOCAL_SCRATCH, WRITE_TOKENS } from '../support/scratch';

/**
 * SIGTERM to an API process while several editors write through it, then a
 * fresh process reads the change log: an acknowledged write is never lost,
 * and a write is never half there (its entity without its change, or the reverse).
 *
 * On the scratch Neo4j, which no test here stops: the other fault file stops and
 * starts its own under a server while this one runs beside it.
 */
const scratchEnv = { ...process.env, ...LOCAL_SCRATCH };
const PREFIX = 'shutdown-log-';
const EDITOR = { 'content-type': 'application/json', authorization: 'Bearer editor-token-0123456789' };
const SOURCES = ['https://example.org/shutdown-log-test'];
const UPSERT_AGENCY = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id } }';
const UPSERT_MISSION = 'mutation ($input: MissionInput!) { upsertMission(input: $input) { id } }';
const CHANGES = 'query ($after: String) { changes(after: $after, first: 100) { nodes { cursor kind entityId entityKind by } pageInfo { hasNextPage endCursor } } }';
/** The error codes a write may be refused with while the server goes away: it wrote nothing and may be sent again. */
const CLEAN_REFUSAL = /^(SERVICE_UNAVAILABLE|TIMEOUT)$/;

interface Write {
  id: string;
  entityKind: 'AGENCY' | 'MISSION';
  /** "acknowledged" (200 with the entity and no error), the error code it was refused with, or "transport <cause>" (no answer). */
  outcome: string;
  answeredAfterSignal: boolean;
}
interface LoggedChange { cursor: string; kind: string; entityId: string; entityKind: string; by: string | null }

let neo4j: LocalNeo4j;
let driver: ReturnType<typeof createDriver>;
/** The fresh process the log is read through after each SIGTERM, and the writes cleaned up with. */
let reading: ChildServer;
const writing: ChildServer[] = [];

const serverEnv = (graceMs: string) => ({
  NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, WRITE_TOKENS,
  SHUTDOWN_GRACE_MS: graceMs,
  // Four editors writing as fast as they are answered are a load generator: no budget may slow them.
  RATE_LIMIT_PER_SECOND: '0',
});
const seqOf = (cursor: string) => Number(JSON.parse(Buffer.from(cursor, 'base64url').toString())[1]);
const cursorAt = (seq: number) => encodeCursor({ order: 'COMMIT_ORDER', key: String(seq), id: String(seq) });

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: EDITOR, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
}

/** One editor writing as fast as its answers come, until the server no longer answers: agencies and missions in turn. */
async function editor(url: string, name: string, signalled: () => boolean, writes: Write[]): Promise<void> {
  for (let i = 0; ; i += 1) {
    const id = `${PREFIX}${name}-${i}`;
    const entityKind = i % 2 === 0 ? 'AGENCY' : 'MISSION';
    const [query, field, input] = entityKind === 'AGENCY'
      ? [UPSERT_AGENCY, 'upsertAgency', { id, name: id, sources: SOURCES }]
      : [UPSERT_MISSION, 'upsertMission', { id, name: id, kinds: ['FLYBY'], status: 'PLANNED', agencies: ['cnsa'], targets: ['mars'], sources: SOURCES }];
    const write: Write = { id, entityKind, outcome: 'pending', answeredAfterSignal: false };
    writes.push(write);
    try {
      const { status, body } = await post(url, query, { input });
      write.answeredAfterSignal = signalled();
      if (status === 200 && !body.errors && body.data?.[field]?.id === id) write.outcome = 'acknowledged';
      else write.outcome = String(body.errors?.[0]?.extensions?.code ?? `HTTP ${status}`);
    } catch (error) {
      // Refused (the server no longer listens) or reset (it closed the connection the request went on): it is gone.
      write.outcome = `transport ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`;
      return;
    }
  }
}

/** Every change after `after`, page by page, through Query.changes. */
async function changesAfter(url: string, after: string): Promise<LoggedChange[]> {
  const all: LoggedChange[] = [];
  for (let cursor = after; ;) {
    const { body } = await post(url, CHANGES, { after: cursor });
    expect(body.errors).toBeUndefined();
    all.push(...body.data.changes.nodes);
    cursor = body.data.changes.pageInfo.endCursor;
    if (!body.data.changes.pageInfo.hasNextPage) return all;
  }
}

const lastLogged = async () => (await driver.executeQuery('MATCH (log:ChangeLog) RETURN log.last AS last')).records[0].get('last') as number;
const storedIds = async () =>
  new Set((await driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n.id AS id', { prefix: PREFIX })).records.map((record) => record.get('id') as string));

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ env: scratchEnv, log: () => undefined });
  driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  reading = await startChildServer(serverEnv('10000'));
}, 300_000);

afterEach(async () => {
  // Through the API, so that the log records the removals too (the missions are flown by cnsa, not by these agencies).
  for (const id of await storedIds()) {
    const { body } = await post(reading.url, 'mutation ($id: ID!) { deleteEntity(id: $id) }', { id });
    expect(body).toEqual({ data: { deleteEntity: true } });
  }
}, 120_000);

afterAll(async () => {
  for (const server of [...writing, reading]) if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await driver?.close();
  if (neo4j?.startedNow) await stopLocalNeo4j(scratchEnv);
}, 120_000);

describe('SIGTERM during a stream of writes from four editors', () => {
  it.each([
    ['a drain that finishes the writes in flight', '30000', true],
    // The connections are cut at once: writes still running end with the driver closed under them.
    ['a drain cut short by a grace period of 0', '0', false],
  ])('loses no logged change of an acknowledged write, logs none without its entity, leaves no gap, and refuses only cleanly, with %s', async (_name, graceMs, finishesInFlight) => {
    const server = await startChildServer(serverEnv(graceMs));
    writing.push(server);
    const before = await lastLogged();
    const writes: Write[] = [];
    let signalled = false;
    let editorsEnded = false;
    const editors = Promise.all(['a', 'b', 'c', 'd'].map((name) => editor(server.url, name, () => signalled, writes))).finally(() => (editorsEnded = true));
    // Should the editors stop first (the server died), the checks below say how, rather than a timeout.
    while (!editorsEnded && writes.filter((write) => write.outcome === 'acknowledged').length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    signalled = true;
    server.child.kill('SIGTERM');
    const [code] = await Promise.all([server.exited, editors]);
    expect(code).toBe(0);
    if (finishesInFlight) expect(server.logs.some((line) => line.msg === 'stopped' && line.inTime === true)).toBe(true);

    const logged = await changesAfter(reading.url, cursorAt(before));
    const stored = await storedIds();
    const ours = logged.filter((change) => change.entityId.startsWith(PREFIX));
    const loggedIds = new Set(ours.map((change) => change.entityId));
    const tally = writes.reduce<Record<string, number>>((counts, { outcome }) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {});
    process.stderr.write(
      `[shutdown log, grace ${graceMs} ms] sent ${writes.length}: ${JSON.stringify(tally)}; ` +
        `${writes.filter((w) => w.outcome === 'acknowledged' && w.answeredAfterSignal).length} acknowledged during the drain; ` +
        `stored ${stored.size}, changes logged ${logged.length}\n`,
    );

    // The numbers run on from before the stream without a gap, up to the last the log handed out.
    expect(logged.map((change) => seqOf(change.cursor))).toEqual(Array.from({ length: logged.length }, (_, i) => before + 1 + i));
    expect(before + logged.length).toBe(await lastLogged());
    // Each new id is created once, by the editor, and logged as what it is.
    const byId = new Map(writes.map((write) => [write.id, write]));
    for (const change of ours) expect(change).toMatchObject({ kind: 'CREATED', entityKind: byId.get(change.entityId)?.entityKind, by: 'tester' });
    expect(loggedIds.size).toBe(ours.length);

    for (const write of writes) {
      if (write.outcome === 'acknowledged') {
        expect([write.id, stored.has(write.id), loggedIds.has(write.id)]).toEqual([write.id, true, true]);
      } else if (write.outcome.startsWith('transport')) {
        // No answer came: it committed whole, with its change, or not at all.
        expect([write.id, stored.has(write.id)]).toEqual([write.id, loggedIds.has(write.id)]);
      } else {
        expect([write.id, write.outcome, stored.has(write.id), loggedIds.has(write.id)]).toEqual([write.id, expect.stringMatching(CLEAN_REFUSAL), false, false]);
      }
    }
    for (const id of loggedIds) expect([id, stored.has(id)]).toEqual([id, true]);
    expect([...stored].filter((id) => !byId.has(id))).toEqual([]);
  }, 300_000);
});
