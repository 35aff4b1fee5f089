import { graphql, TestServer } from '../support/testServer';

/** Mutations: who may write, upserts, validation, deletion. */
export function mutationCases(scratch: () => TestServer): void {
  const server = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const reader = { authorization: 'Bearer reader-token-0123456789' };
  const SOURCE = ['https://en.wikipedia.org/wiki/Tianwen-2'];

  const UPSERT_AGENCY = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id name abbreviation updatedBy updatedAt } }';
  const UPSERT_MISSION = `mutation ($input: MissionInput!) { upsertMission(input: $input) {
    id name summary aliases launchDate agencies { id } targets { id } predecessors { id } updatedBy updatedAt } }`;
  const UPSERT_EVENT = 'mutation ($input: EventInput!) { upsertEvent(input: $input) { id date mission { id } targets { id } } }';

  const exists = async (id: string) => {
    const [row] = await server.db.read({ cypher: 'OPTIONAL MATCH (n:Entity {id: $id}) RETURN n IS NOT NULL AS found', params: { id } });
    return row.found as boolean;
  };

  const mission = (overrides: Record<string, unknown> = {}) => ({
    id: 'test-probe', name: 'Test Probe', kinds: ['FLYBY'], status: 'PLANNED', agencies: ['cnsa', 'esa'],
    targets: ['kamooalewa', 'mars'], sources: SOURCE, ...overrides,
  });

  describe('who may write', () => {
    it.each([
      ['no token', {}, 'UNAUTHENTICATED'],
      ['an unknown token', { authorization: 'Bearer not-a-known-token-at-all' }, 'UNAUTHENTICATED'],
      ['a malformed header', { authorization: 'Basic abc' }, 'UNAUTHENTICATED'],
      ['a read-only token', reader, 'FORBIDDEN'],
    ])('refuses a write with %s, and writes nothing', async (_case, headers, code) => {
      const { body } = await graphql(server, UPSERT_AGENCY, { input: { id: 'test-auth', name: 'Auth', sources: SOURCE } }, headers);
      expect(body.errors?.[0].extensions?.code).toBe(code);
      expect(await exists('test-auth')).toBe(false);
      const deletion = await graphql(server, 'mutation { deleteEntity(id: "nasa") }', undefined, headers);
      expect(deletion.body.errors?.[0].extensions?.code).toBe(code);
      expect(await exists('nasa')).toBe(true);
    });

    it('lets anyone read', async () => {
      const { body } = await graphql(server, '{ agency(id: "nasa") { id } }');
      expect(body.data!.agency).toEqual({ id: 'nasa' });
    });
  });

  describe('upserts', () => {
    it('creates a mission with its agencies and targets in order, stamped with the token name', async () => {
      const { body } = await graphql(server, UPSERT_MISSION, { input: mission({ predecessors: ['tianwen-2'] }) }, editor);
      expect(body.errors).toBeUndefined();
      const created = body.data!.upsertMission;
      expect(created).toMatchObject({
        id: 'test-probe', agencies: [{ id: 'cnsa' }, { id: 'esa' }], targets: [{ id: 'kamooalewa' }, { id: 'mars' }],
        predecessors: [{ id: 'tianwen-2' }], updatedBy: 'tester',
      });
      expect(Date.parse(created.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('is idempotent: the same input twice leaves the graph, and its stamp, as after once', async () => {
      const first = await graphql(server, UPSERT_MISSION, { input: mission({ summary: 'Same' }) }, editor);
      const second = await graphql(server, UPSERT_MISSION, { input: mission({ summary: 'Same' }) }, editor);
      expect(second.body.data).toEqual(first.body.data);
      const [row] = await server.db.read({ cypher: "MATCH (n:Entity {id: 'test-probe'}) RETURN count { (n)--() } AS edges", params: {} });
      expect(row.edges).toBe(4);
    });

    it('replaces the relationships it owns, in the new order', async () => {
      const { body } = await graphql(server, UPSERT_MISSION, { input: mission({ agencies: ['esa'], targets: ['mars', 'phobos', 'kamooalewa'] }) }, editor);
      expect(body.data!.upsertMission.agencies).toEqual([{ id: 'esa' }]);
      expect(body.data!.upsertMission.targets).toEqual([{ id: 'mars' }, { id: 'phobos' }, { id: 'kamooalewa' }]);
    });

    it('stores and returns text that looks like Cypher exactly as sent', async () => {
      const name = "x' }) MATCH (n) DETACH DELETE n //";
      const summary = 'MATCH (n) RETURN n; $param `backticks` \\ "quotes" {braces}';
      const { body } = await graphql(server, UPSERT_MISSION, { input: mission({ name, summary, aliases: [name] }) }, editor);
      expect(body.data!.upsertMission).toMatchObject({ name, summary, aliases: [name] });
      expect(await exists('nasa')).toBe(true);
    });

    it('adds an event to a mission and moves it between missions', async () => {
      const input = { id: 'test-probe-launch', name: 'Launch', mission: 'test-probe', type: 'LAUNCH', date: '2030-01-02', datePrecision: 'DAY', planned: true, targets: ['earth'], sources: SOURCE };
      const created = await graphql(server, UPSERT_EVENT, { input }, editor);
      expect(created.body.data!.upsertEvent).toEqual({ id: 'test-probe-launch', date: '2030-01-02', mission: { id: 'test-probe' }, targets: [{ id: 'earth' }] });
      const moved = await graphql(server, UPSERT_EVENT, { input: { ...input, mission: 'tianwen-2' } }, editor);
      expect(moved.body.data!.upsertEvent.mission).toEqual({ id: 'tianwen-2' });
      const { body } = await graphql(server, '{ mission(id: "test-probe") { events { id } } }');
      expect(body.data!.mission.events).toEqual([]);
      await graphql(server, UPSERT_EVENT, { input }, editor);
    });

    it('keeps one node and a consistent set of relationships under 50 concurrent upserts of one id', async () => {
      const variants = [
        mission({ id: 'test-race', agencies: ['cnsa'], targets: ['mars'] }),
        mission({ id: 'test-race', agencies: ['esa', 'nasa'], targets: ['phobos', 'deimos', 'mars'] }),
      ];
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) => graphql(server, UPSERT_MISSION, { input: variants[index % 2] }, editor)),
      );
      for (const response of responses) expect(response.body.errors).toBeUndefined();
      const [row] = await server.db.read({
        cypher: `MATCH (n:Entity {id: 'test-race'}) WITH collect(n) AS nodes
          RETURN size(nodes) AS count,
            COLLECT { MATCH (m:Mission {id: 'test-race'})-[r:OPERATED_BY]->(a) WITH a, r ORDER BY r.order RETURN a.id } AS agencies,
            COLLECT { MATCH (m:Mission {id: 'test-race'})-[r:TARGETS]->(t) WITH t, r ORDER BY r.order RETURN t.id } AS targets`,
        params: {},
      });
      expect(row.count).toBe(1);
      expect(variants.map((variant) => [variant.agencies, variant.targets])).toContainEqual([row.agencies, row.targets]);
    });
  });

  describe('validation before any write', () => {
    it.each<[string, Record<string, unknown>, RegExp]>([
      ['an id that is not a slug', { id: 'Test Bad' }, /Test Bad\.id must be a lowercase slug/],
      ['an empty name', { name: '  ' }, /test-invalid\.name must be a non-empty string/],
      ['a name over 200 characters', { name: 'x'.repeat(201) }, /test-invalid\.name must be a non-empty string of at most 200/],
      ['an end before the launch', { launchDate: '2030-01-01', endDate: '2029-12-31' }, /test-invalid\.endDate 2029-12-31 is before the launch date/],
      ['a source that is not https', { sources: ['http://example.org'] }, /test-invalid\.sources every item must be an https URL/],
      ['no source', { sources: [] }, /test-invalid\.sources must not be empty/],
      ['no agency', { agencies: [] }, /test-invalid\.agencies must not be empty/],
      ['an agency that does not exist', { agencies: ['no-such-agency'] }, /test-invalid\.agencies refers to "no-such-agency", which does not exist/],
      ['a target that is an agency', { targets: ['nasa'] }, /test-invalid\.targets refers to "nasa", which is a agency, not a target/],
      ['a predecessor that is itself', { predecessors: ['test-invalid'] }, /test-invalid\.predecessors cannot include the mission itself/],
      ['an id that belongs to an agency', { id: 'nasa' }, /nasa\.id belongs to an existing agency, not a mission/],
    ])('refuses %s with BAD_USER_INPUT naming the id and field, and writes nothing', async (_case, overrides, message) => {
      const input = mission({ id: 'test-invalid', ...overrides });
      const { body } = await graphql(server, UPSERT_MISSION, { input }, editor);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(message);
      expect(await exists(String(input.id))).toBe(input.id === 'nasa');
      const [row] = await server.db.read({ cypher: "MATCH (n:Entity {id: 'nasa'}) RETURN n:Agency AND NOT n:Mission AS agency", params: {} });
      expect(row.agency).toBe(true);
    });

    it.each<[string, Record<string, unknown>]>([
      ['a date not on the calendar', { launchDate: '2030-02-30' }],
      ['an unknown status', { status: 'FLYING' }],
      ['an unknown mission kind', { kinds: ['WARP'] }],
    ])('refuses %s before the resolver runs, and writes nothing', async (_case, overrides) => {
      const { body } = await graphql(server, UPSERT_MISSION, { input: mission({ id: 'test-invalid', ...overrides }) }, editor);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await exists('test-invalid')).toBe(false);
    });

    it('refuses an event whose date is not the first of its month for MONTH precision', async () => {
      const input = { id: 'test-invalid-event', name: 'E', mission: 'tianwen-2', type: 'MILESTONE', date: '2025-07-15', datePrecision: 'MONTH', planned: false, sources: SOURCE };
      const { body } = await graphql(server, UPSERT_EVENT, { input }, editor);
      expect(body.errors?.[0].message).toMatch(/test-invalid-event\.date must be the first day of the month/);
      expect(await exists('test-invalid-event')).toBe(false);
    });
  });

  describe('deleteEntity', () => {
    it('removes a mission with its events and relationships; NOT_FOUND when absent', async () => {
      await graphql(server, UPSERT_MISSION, { input: mission({ id: 'test-doomed' }) }, editor);
      await graphql(server, UPSERT_EVENT, {
        input: { id: 'test-doomed-launch', name: 'L', mission: 'test-doomed', type: 'LAUNCH', datePrecision: 'DAY', planned: true, sources: SOURCE },
      }, editor);
      const { body } = await graphql(server, 'mutation { deleteEntity(id: "test-doomed") }', undefined, editor);
      expect(body.data).toEqual({ deleteEntity: true });
      expect(await exists('test-doomed')).toBe(false);
      expect(await exists('test-doomed-launch')).toBe(false);
      expect(await exists('cnsa')).toBe(true);
      const again = await graphql(server, 'mutation { deleteEntity(id: "test-doomed") }', undefined, editor);
      expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
}
