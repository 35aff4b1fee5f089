import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const debug = { 'x-debug-cypher': '1' };
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('relatedMissions', () => {
  const RELATED = `query ($id: ID!, $first: Int) { relatedMissions(id: $id, first: $first) {
    score mission { id name } reasons { kind weight detail via { __typename id name } } } }`;

  it('ranks the asteroid sample returns and the CNSA lineage first for Tianwen-2', async () => {
    const { body } = await graphql(server, RELATED, { id: 'tianwen-2', first: 5 }, debug);
    expect(body.errors).toBeUndefined();
    expect(body.extensions!.cypher.queries).toBe(1);
    const related = body.data!.relatedMissions;
    expect(related).toHaveLength(5);
    const top = related.map((item: { mission: { id: string } }) => item.mission.id);
    const expected = ['hayabusa', 'hayabusa2', 'osiris-rex', 'tianwen-1', 'change-5', 'change-6'];
    expect(top.filter((id: string) => expected.includes(id)).length).toBeGreaterThanOrEqual(3);
    expect(top).toContain('tianwen-1');
    for (const item of related) {
      expect(item.reasons.length).toBeGreaterThan(0);
      const sum = item.reasons.reduce((total: number, reason: { weight: number }) => total + reason.weight, 0);
      expect(item.score).toBeCloseTo(sum, 6);
    }
    const scores = related.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('explains each reason with the entity it goes through', async () => {
    const { body } = await graphql(server, RELATED, { id: 'tianwen-2', first: 10 });
    const tianwen1 = body.data!.relatedMissions.find((item: { mission: { id: string } }) => item.mission.id === 'tianwen-1');
    expect(tianwen1.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'FOLLOW_UP' }),
        expect.objectContaining({ kind: 'SHARED_AGENCY', via: { __typename: 'Agency', id: 'cnsa', name: expect.any(String) } }),
      ]),
    );
    const hayabusa2 = body.data!.relatedMissions.find((item: { mission: { id: string } }) => item.mission.id === 'hayabusa2');
    expect(hayabusa2.reasons).toContainEqual(expect.objectContaining({ kind: 'SAME_MISSION_KIND', detail: 'SAMPLE_RETURN', via: null }));
  });

  it('weighs a shared asteroid above a shared planet', async () => {
    const { body } = await graphql(server, RELATED, { id: 'dart', first: 5 });
    const hera = body.data!.relatedMissions.find((item: { mission: { id: string } }) => item.mission.id === 'hera');
    const didymos = hera.reasons.find((reason: { kind: string; via: { id: string } | null }) => reason.kind === 'SHARED_TARGET' && reason.via?.id === 'didymos');
    const marsMissions = await graphql(server, RELATED, { id: 'mars-2020', first: 20 });
    const sharedMars = marsMissions.body.data!.relatedMissions
      .flatMap((item: { reasons: { kind: string; weight: number; via: { id: string } | null }[] }) => item.reasons)
      .find((reason: { kind: string; via: { id: string } | null }) => reason.kind === 'SHARED_TARGET' && reason.via?.id === 'mars');
    expect(didymos.weight).toBeGreaterThan(sharedMars.weight);
  });

  it('links two missions to different sites on one body', async () => {
    const { body } = await graphql(server, RELATED, { id: 'mars-2020', first: 20 });
    const curiosity = body.data!.relatedMissions.find((item: { mission: { id: string } }) => item.mission.id === 'curiosity');
    expect(curiosity.reasons).toContainEqual(expect.objectContaining({ kind: 'SAME_PARENT_BODY', via: expect.objectContaining({ id: 'mars' }) }));
  });

  it('is the same ranking as Mission.related, compiled into the same statement', async () => {
    const { body } = await graphql(
      server,
      '{ mission(id: "tianwen-2") { related(first: 5) { score mission { id related(first: 2) { mission { id } } } } } relatedMissions(id: "tianwen-2") { score mission { id } } }',
      undefined,
      debug,
    );
    expect(body.extensions!.cypher.queries).toBe(2);
    const nested = body.data!.mission.related.map((item: { score: number; mission: { id: string } }) => [item.mission.id, item.score]);
    const root = body.data!.relatedMissions.map((item: { score: number; mission: { id: string } }) => [item.mission.id, item.score]);
    expect(nested).toEqual(root);
    expect(body.data!.mission.related[0].mission.related).toHaveLength(2);
  });

  it('answers BAD_USER_INPUT for an unknown mission and for first beyond 100', async () => {
    for (const variables of [{ id: 'no-such-mission' }, { id: 'tianwen-2', first: 500 }]) {
      const { body } = await graphql(server, RELATED, variables);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('shortestPath', () => {
  const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) { shortestPath(from: $from, to: $to, maxHops: $maxHops) {
    length nodes { __typename id } edges { type from to } } }`;

  it('goes from Tianwen-2 to Mars through Tianwen-1 or CNSA', async () => {
    const { body } = await graphql(server, PATH, { from: 'tianwen-2', to: 'mars' }, debug);
    const path = body.data!.shortestPath;
    expect([2, 3]).toContain(path.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.edges).toHaveLength(path.length);
    expect(path.nodes[0].id).toBe('tianwen-2');
    expect(path.nodes[path.length].id).toBe('mars');
    expect(ids(path.nodes).some((id) => id === 'tianwen-1' || id === 'cnsa')).toBe(true);
    for (const [index, edge] of path.edges.entries()) {
      expect([edge.from, edge.to].sort()).toEqual([path.nodes[index].id, path.nodes[index + 1].id].sort());
    }
    expect(body.extensions!.cypher.queries).toBe(1);
  });

  it('is null when no path is short enough, and length 0 from an entity to itself', async () => {
    const far = await graphql(server, PATH, { from: 'tianwen-2-launch', to: 'voyager-1-launch', maxHops: 1 });
    expect(far.body.errors).toBeUndefined();
    expect(far.body.data!.shortestPath).toBeNull();
    const self = await graphql(server, PATH, { from: 'mars', to: 'mars' });
    expect(self.body.data!.shortestPath).toEqual({ length: 0, nodes: [{ __typename: 'Target', id: 'mars' }], edges: [] });
  });

  it.each([
    [{ from: 'tianwen-2', to: 'no-such-thing' }],
    [{ from: 'tianwen-2', to: 'mars', maxHops: 9 }],
    [{ from: 'tianwen-2', to: 'mars', maxHops: 0 }],
  ])('answers BAD_USER_INPUT for %p', async (variables) => {
    const { body, text } = await graphql(server, PATH, variables);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/MATCH|shortestPath\(\(/);
  });
});

describe('neighborhood', () => {
  const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated nodes { __typename id } edges { type from to } } }`;

  it('draws Kamoʻoalewa two hops out: Tianwen-2, CNSA and 311P/PANSTARRS', async () => {
    const { body } = await graphql(server, NEIGHBORHOOD, { id: 'kamooalewa', depth: 2 }, debug);
    const subgraph = body.data!.neighborhood;
    expect(subgraph.nodes[0].id).toBe('kamooalewa');
    expect(ids(subgraph.nodes)).toEqual(expect.arrayContaining(['tianwen-2', 'cnsa', '311p-panstarrs']));
    const returned = new Set(ids(subgraph.nodes));
    for (const edge of subgraph.edges) {
      expect(returned.has(edge.from) && returned.has(edge.to)).toBe(true);
    }
    expect(body.extensions!.cypher.queries).toBe(1);
  });

  it('puts the closest first and says when the limit cut it short', async () => {
    const { body } = await graphql(server, NEIGHBORHOOD, { id: 'mars', depth: 2, limit: 10 });
    const subgraph = body.data!.neighborhood;
    expect(subgraph.nodes).toHaveLength(10);
    expect(subgraph.truncated).toBe(true);
    const oneHop = await graphql(server, '{ neighborhood(id: "mars", depth: 1, limit: 500) { nodes { id } truncated } }');
    const neighbours = new Set(ids(oneHop.body.data!.neighborhood.nodes));
    expect(oneHop.body.data!.neighborhood.truncated).toBe(false);
    for (const node of subgraph.nodes.slice(0, Math.min(10, neighbours.size))) expect(neighbours.has(node.id)).toBe(true);
  });

  it.each([
    [{ id: 'mars', depth: 4 }],
    [{ id: 'mars', limit: 501 }],
    [{ id: 'mars', limit: 0 }],
    [{ id: 'no-such-thing' }],
  ])('answers BAD_USER_INPUT for %p', async (variables) => {
    const { body } = await graphql(server, NEIGHBORHOOD, variables);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('stats', () => {
  it('counts the graph in one statement, and the groupings add up', async () => {
    const { body } = await graphql(
      server,
      `{ stats { missions agencies targets events relationships
         missionsByAgency(first: 3) { entity { id ... on Agency { abbreviation } } count }
         missionsByTargetKind { key count } missionsByDecade { key count } missionsByStatus { key count } } }`,
      undefined,
      debug,
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions!.cypher.queries).toBe(1);
    const stats = body.data!.stats;
    const missions = await graphql(server, '{ missions(first: 0) { totalCount } events(first: 0) { totalCount } }');
    expect(stats.missions).toBe(missions.body.data!.missions.totalCount);
    expect(stats.events).toBe(missions.body.data!.events.totalCount);
    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    expect(sum(stats.missionsByStatus)).toBe(stats.missions);
    expect(sum(stats.missionsByDecade)).toBe(stats.missions);
    expect(stats.missionsByDecade.map((row: { key: string }) => row.key)).toContain('2020s');
    expect(stats.missionsByAgency).toHaveLength(3);
    expect(stats.missionsByAgency[0].entity.id).toBe('nasa');
    expect(stats.relationships).toBeGreaterThan(stats.events);
  });
});
