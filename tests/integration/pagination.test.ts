import { checkSeed } from '../../src/seed/loadSeed';
import { MISSION_PAGE, walkMissions } from '../support/missionPages';
import { graphql, GraphQLResponse, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const seed = checkSeed();

const walk = (orderBy: string, first: number) => walkMissions(server, orderBy, first);

describe('missions, page by page', () => {
  it('returns every mission exactly once, in launch order, with first: 7', async () => {
    const { ids, rows, totalCount } = await walk('LAUNCH_DATE_ASC', 7);
    expect(totalCount).toBe(seed.missions.length);
    expect(ids).toHaveLength(seed.missions.length);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = rows.map((row) => row.launchDate ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
  });

  it('walks newest first and by name too', async () => {
    const newest = await walk('LAUNCH_DATE_DESC', 9);
    expect(new Set(newest.ids).size).toBe(seed.missions.length);
    const dated = newest.rows.filter((row) => row.launchDate).map((row) => row.launchDate as string);
    expect(dated).toEqual([...dated].sort().reverse());
    const byName = await walk('NAME_ASC', 10);
    expect(new Set(byName.ids).size).toBe(seed.missions.length);
    const names = byName.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('counts a filtered list without fetching it', async () => {
    const { body } = await graphql(server, '{ missions(where: { agency: "cnsa" }, first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }');
    const cnsa = seed.missions.filter((mission) => (mission.agencies as string[]).includes('cnsa')).length;
    expect(body.data!.missions).toEqual({ totalCount: cnsa, nodes: [], pageInfo: { hasNextPage: cnsa > 0 } });
  });

  it('pages events, agencies and targets the same way', async () => {
    for (const [field, total] of [
      ['events', seed.events.length],
      ['agencies', seed.agencies.length],
      ['targets', seed.targets.length],
    ] as const) {
      const seen = new Set<string>();
      let after: string | null = null;
      for (;;) {
        const { body }: GraphQLResponse = await graphql(server, `query ($after: String) { ${field}(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
        const connection: Record<string, any> = body.data![field];
        expect(connection.totalCount).toBe(total);
        for (const node of connection.nodes) seen.add(node.id);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen.size).toBe(total);
    }
  });
});

describe('bad paging input', () => {
  it.each([
    ['first: 1000', '{ missions(first: 1000) { totalCount } }'],
    ['first: -1', '{ missions(first: -1) { totalCount } }'],
    ['a nested first: 101', '{ agency(id: "nasa") { missions(first: 101) { id } } }'],
    ['a forged cursor', '{ missions(after: "bm90LWEtY3Vyc29y") { totalCount } }'],
    ['a cursor that is not base64', '{ missions(after: "%%%") { totalCount } }'],
  ])('answers %s with BAD_USER_INPUT', async (_case, query) => {
    const { body, text } = await graphql(server, query);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/MATCH|RETURN|at .*\.(js|ts):\d+/);
  });

  it('refuses a cursor from another order', async () => {
    const first = await graphql(server, '{ missions(first: 2, orderBy: NAME_ASC) { pageInfo { endCursor } } }');
    const cursor = first.body.data!.missions.pageInfo.endCursor;
    const { body } = await graphql(server, MISSION_PAGE, { first: 2, after: cursor, orderBy: 'LAUNCH_DATE_ASC' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
