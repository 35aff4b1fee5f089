import { encodeCursor } from '../../src/cypher/cursor';
import { graphql, TestServer } from '../support/testServer';

/** The change log: one entry per entity a write changed, committed with it, read a page at a time. */
export function changeCases(scratch: () => TestServer): void {
  const server = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const SOURCE = ['https://example.org/change-log-test'];
  const CHANGES = `query ($after: String, $first: Int) { changes(after: $after, first: $first) {
    nodes { cursor committedAt kind entityId entityKind by } pageInfo { hasNextPage endCursor } } }`;
  const UPSERT_AGENCY = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id } }';
  const UPSERT_MISSION = 'mutation ($input: MissionInput!) { upsertMission(input: $input) { id } }';
  const UPSERT_EVENT = 'mutation ($input: EventInput!) { upsertEvent(input: $input) { id } }';

  type Change = { cursor: string; committedAt: string; kind: string; entityId: string; entityKind: string; by: string | null };
  const page = async (after: string | null, first?: number) => {
    const { body } = await graphql<{ changes: { nodes: Change[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(server, CHANGES, { after, first });
    expect(body.errors).toBeUndefined();
    return body.data!.changes;
  };
  /** The cursor of the newest change: where a mirror that is up to date polls from. */
  const newest = async () => {
    const [{ last }] = await server.db.read({ cypher: 'MATCH (log:ChangeLog) RETURN log.last AS last', params: {} });
    return encodeCursor({ order: 'COMMIT_ORDER', key: String(last), id: String(last) });
  };
  /** Everything after `after`, page by page; and the cursor to poll with next. */
  const readAll = async (after: string | null) => {
    const all: Change[] = [];
    let cursor = after;
    for (;;) {
      const { nodes, pageInfo } = await page(cursor);
      all.push(...nodes);
      cursor = pageInfo.endCursor;
      if (!pageInfo.hasNextPage) return { changes: all, cursor };
    }
  };
  const write = async (query: string, input: Record<string, unknown>) => {
    const { body } = await graphql(server, query, { input }, editor);
    expect(body.errors).toBeUndefined();
  };
  const summary = (changes: Change[]) => changes.map(({ kind, entityId, entityKind, by }) => `${kind} ${entityKind} ${entityId} by ${by}`);

  describe('the change log', () => {
    it('logs a create, an update and a delete, each once, with the editor; an unchanged write logs nothing', async () => {
      const start = await newest();
      const agency = { id: 'test-change-agency', name: 'Change Agency', sources: SOURCE };
      await write(UPSERT_AGENCY, agency);
      await write(UPSERT_AGENCY, agency);
      await write(UPSERT_AGENCY, { ...agency, name: 'Change Agency, renamed' });
      await write(UPSERT_MISSION, { id: 'test-change-mission', name: 'Change Mission', kinds: ['FLYBY'], status: 'PLANNED', agencies: ['test-change-agency'], targets: ['mars'], sources: SOURCE });
      await write(UPSERT_EVENT, { id: 'test-change-mission-launch', mission: 'test-change-mission', type: 'MILESTONE', name: 'A milestone', date: '2030-01-01', datePrecision: 'DAY', planned: true, sources: SOURCE });
      const { body } = await graphql(server, 'mutation { deleteEntity(id: "test-change-mission") }', {}, editor);
      expect(body.data).toEqual({ deleteEntity: true });

      const { changes, cursor } = await readAll(start);
      // Deleting the mission removes its event and the links its agency and Mars were named in: both are logged as updated.
      expect(summary(changes).slice(0, 4)).toEqual([
        'CREATED AGENCY test-change-agency by tester',
        'UPDATED AGENCY test-change-agency by tester',
        'CREATED MISSION test-change-mission by tester',
        'CREATED EVENT test-change-mission-launch by tester',
      ]);
      expect(summary(changes).slice(4, 6)).toEqual(['DELETED MISSION test-change-mission by tester', 'DELETED EVENT test-change-mission-launch by tester']);
      expect(summary(changes).slice(4).sort()).toEqual(
        ['DELETED EVENT test-change-mission-launch', 'DELETED MISSION test-change-mission', 'UPDATED AGENCY test-change-agency', 'UPDATED TARGET mars'].map((line) => `${line} by tester`),
      );
      for (const change of changes) expect(change.committedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      const times = changes.map((change) => Date.parse(change.committedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);

      // Polling with the last cursor answers an empty page whose endCursor is the same cursor: a poller never goes back.
      const idle = await page(cursor);
      expect(idle).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
    });

    it('numbers concurrent writes without a gap or a repeat, and pages them in that order', async () => {
      const start = await newest();
      const ids = Array.from({ length: 24 }, (_, i) => `test-change-concurrent-${i}`);
      await Promise.all(ids.map((id) => write(UPSERT_AGENCY, { id, name: id, sources: SOURCE })));
      const pages: Change[][] = [];
      let cursor: string | null = start;
      for (let more = true; more; ) {
        const { nodes, pageInfo } = await page(cursor, 5);
        pages.push(nodes);
        cursor = pageInfo.endCursor;
        more = pageInfo.hasNextPage;
      }
      expect(pages.map((nodes) => nodes.length)).toEqual([5, 5, 5, 5, 4]);
      const changes = pages.flat();
      expect(changes.map((change) => change.entityId).sort()).toEqual([...ids].sort());
      expect(new Set(changes.map((change) => change.cursor)).size).toBe(24);
    });

    it('refuses a cursor that is not one of its own', async () => {
      const { body } = await graphql(server, CHANGES, { after: 'bm90LWEtY3Vyc29y' });
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0].message).toMatch(/not a cursor/);
      const foreign = await graphql<{ missions: { pageInfo: { endCursor: string } } }>(server, '{ missions(first: 1) { pageInfo { endCursor } } }');
      const { body: mixed } = await graphql(server, CHANGES, { after: foreign.body.data!.missions.pageInfo.endCursor });
      expect(mixed.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });
}
