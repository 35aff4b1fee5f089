import { checkSeed } from '../../src/seed/loadSeed';
import { graphql, startTestServer, TestServer } from '../support/testServer';

/** What contract version 2's query surface answers, checked against the curated seed it was loaded from. */
const seed = checkSeed();
const missionsOf = (agency: string) => new Set(seed.missions.filter((m) => (m.agencies as string[]).includes(agency)).map((m) => m.id));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const data = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await graphql(server, query, variables, { 'x-debug-cypher': '1' });
  expect(body.errors).toBeUndefined();
  return { ...body.data!, statements: body.extensions?.cypher?.queries } as Record<string, any>;
};
const count = async (where: string) => (await data(`{ missions(where: ${where}) { totalCount } }`)).missions.totalCount as number;

describe('boolean filters', () => {
  it('counts the union of OR, the complement of NOT and the sum of statusIn', async () => {
    const union = new Set([...missionsOf('jaxa'), ...missionsOf('isro')]);
    expect(await count('{ OR: [{ agency: "jaxa" }, { agency: "isro" }] }')).toBe(union.size);
    expect(await count('{ NOT: { agency: "nasa" } }')).toBe(seed.missions.length - missionsOf('nasa').size);
    const failedOrLost = seed.missions.filter((m) => m.status === 'FAILED' || m.status === 'LOST').length;
    expect(await count('{ statusIn: [FAILED, LOST] }')).toBe(failedOrLost);
    expect(failedOrLost).toBe((await count('{ status: FAILED }')) + (await count('{ status: LOST }')));
  });

  it('finds the 1970s failures and losses in one request', async () => {
    const expected = seed.missions.filter(
      (m) => ['FAILED', 'LOST'].includes(m.status as string) && typeof m.launchDate === 'string' && m.launchDate >= '1970-01-01' && m.launchDate <= '1979-12-31',
    );
    expect(await count('{ statusIn: [FAILED, LOST], launchedAfter: "1970-01-01", launchedBefore: "1979-12-31" }')).toBe(expected.length);
  });

  it('holds missions to the Sun itself with targetExactly, not everything the Sun holds', async () => {
    const { missions } = await data('{ missions(where: { targetExactly: "sun" }, first: 100) { totalCount nodes { id targets { id } } } }');
    const toTheSun = seed.missions.filter((m) => (m.targets as string[]).includes('sun'));
    expect(missions.totalCount).toBe(toTheSun.length);
    expect(missions.totalCount).toBeLessThan(seed.missions.length / 2);
    for (const mission of missions.nodes) expect(mission.targets.map((t: { id: string }) => t.id)).toContain('sun');
  });

  it('filters missions by their events: samples brought back from asteroids', async () => {
    const { missions } = await data(`{ missions(where: { hasEvent: { type: SAMPLE_COLLECTION, targetKind: ASTEROID, outcome: SUCCESS },
      AND: [{ hasEvent: { type: SAMPLE_RETURN, outcome: SUCCESS } }] }) { nodes { id } } }`);
    expect(missions.nodes.map((m: { id: string }) => m.id).sort()).toEqual(['hayabusa2', 'osiris-rex']);
  });
});

describe('ids that name nothing', () => {
  it('are BAD_USER_INPUT naming the id, with the id it was probably meant to be', async () => {
    const { body } = await graphql(server, '{ missions(where: { agency: "NASA" }) { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toBe('where.agency: no agency has the id "NASA"; did you mean "nasa"?');
    expect(body.data).toBeNull();
  });

  it('say what an id is when it is of another kind, and check nested filters too', async () => {
    const { body } = await graphql(server, '{ target(id: "moon") { missionsConnection(where: { agency: "mars" }) { totalCount } } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/no agency has the id "mars" \(it is a target\)/);
  });

  it('are found by the statement itself: no second round trip', async () => {
    const { body } = await graphql(server, '{ missions(where: { target: "Mars" }) { totalCount } }', undefined, { 'x-debug-cypher': '1' });
    expect(body.errors?.[0].message).toMatch(/did you mean "mars"/);
    expect(body.extensions?.cypher.queries).toBe(1);
  });
});

describe('nested pages', () => {
  it('page through every event at Earth with the right total', async () => {
    const query = 'query ($after: String) { target(id: "earth") { eventsConnection(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }';
    const atEarth = seed.events.filter((e) => ((e.targets as string[] | undefined) ?? []).includes('earth')).length;
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { target } = await data(query, { after });
      expect(target.eventsConnection.totalCount).toBe(atEarth);
      for (const node of target.eventsConnection.nodes) seen.add(node.id);
      if (!target.eventsConnection.pageInfo.hasNextPage) break;
      after = target.eventsConnection.pageInfo.endCursor;
    }
    expect(seen.size).toBe(atEarth);
    expect(atEarth).toBeGreaterThan(100);
  });

  it('cost one statement three levels deep', async () => {
    const result = await data(`{ agencies(first: 3) { nodes { id missionsConnection(first: 2) { totalCount nodes { id
      eventsConnection(first: 2, where: { planned: false }) { totalCount nodes { type } } } } } } }`);
    expect(result.statements).toBe(1);
    expect(result.agencies.nodes[0].missionsConnection.nodes.length).toBeGreaterThan(0);
  });

  it('filter and order like the root lists', async () => {
    const { mission } = await data('{ mission(id: "tianwen-2") { eventsConnection(where: { planned: true }, orderBy: DATE_DESC) { totalCount nodes { type } } } }');
    expect(mission.eventsConnection).toEqual({ totalCount: 2, nodes: [{ type: 'ARRIVAL' }, { type: 'SAMPLE_RETURN' }] });
  });
});

describe('pivots and derived relations', () => {
  it('count missions per decade and status, summing to every mission', async () => {
    const { stats } = await data('{ stats { missions missionsBy(dimensions: [DECADE, STATUS]) { keys count } } }');
    const sum = stats.missionsBy.reduce((total: number, facet: { count: number }) => total + facet.count, 0);
    expect(sum).toBe(stats.missions);
    expect(stats.missionsBy[0].keys).toHaveLength(2);
    const seventiesFailed = seed.missions.filter((m) => m.status === 'FAILED' && String(m.launchDate ?? '').startsWith('197')).length;
    expect(stats.missionsBy.find((facet: { keys: string[] }) => facet.keys[0] === '1970s' && facet.keys[1] === 'FAILED')?.count).toBe(seventiesFailed);
  });

  it('count a mission once under each of its agencies, and refuse a dimension twice', async () => {
    const { stats } = await data('{ stats { missionsBy(dimensions: [AGENCY], where: { agency: "esa" }) { keys count } } }');
    expect(stats.missionsBy.find((facet: { keys: string[] }) => facet.keys[0] === 'esa')?.count).toBe(missionsOf('esa').size);
    const { body } = await graphql(server, '{ stats { missionsBy(dimensions: [YEAR, YEAR]) { count } } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("lists an agency's partners by the missions they share", async () => {
    const { agency } = await data('{ agency(id: "esa") { partners(first: 3) { entity { id } count } } }');
    const esa = missionsOf('esa');
    const shared = (partner: string) => [...missionsOf(partner)].filter((id) => esa.has(id)).length;
    expect(agency.partners).toHaveLength(3);
    for (const { entity, count: n } of agency.partners) expect(n).toBe(shared(entity.id));
    expect(agency.partners[0].count).toBeGreaterThanOrEqual(agency.partners[1].count);
  });
});
