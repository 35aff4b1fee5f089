import { graphql, startTestServer, TestServer } from '../support/testServer';

/** The curated graph answers the questions a researcher would ask, from the graph alone. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const missionIds = (nodes: { mission: { id: string } }[]) => [...new Set(nodes.map((node) => node.mission.id))].sort();

describe('the curated graph', () => {
  it('holds at least 150 missions, 40 agencies, 120 targets and 800 events, every mission sourced', async () => {
    const { body } = await graphql(server, '{ stats { missions agencies targets events } missions(first: 100) { nodes { sources } } }');
    expect(body.data!.stats.missions).toBeGreaterThanOrEqual(150);
    expect(body.data!.stats.agencies).toBeGreaterThanOrEqual(40);
    expect(body.data!.stats.targets).toBeGreaterThanOrEqual(120);
    expect(body.data!.stats.events).toBeGreaterThanOrEqual(800);
    const [row] = await server.db.read({
      cypher: "MATCH (n:Entity) WHERE size(coalesce(n.sources, [])) = 0 OR any(s IN n.sources WHERE NOT s STARTS WITH 'https://') RETURN count(n) AS unsourced",
      params: {},
    });
    expect(row.unsourced).toBe(0);
  });

  it('knows which missions brought samples home from asteroids, comets and the Moon', async () => {
    const { body } = await graphql(
      server,
      '{ events(where: { type: SAMPLE_RETURN, planned: false }, first: 100) { nodes { mission { id targets { kind } } } } }',
    );
    const returned = body.data!.events.nodes as { mission: { id: string; targets: { kind: string }[] } }[];
    const byPrimary = (kind: string) => missionIds(returned.filter((event) => event.mission.targets[0]?.kind === kind));
    expect(byPrimary('ASTEROID')).toEqual(['hayabusa', 'hayabusa2', 'osiris-rex']);
    expect(byPrimary('COMET')).toEqual(['stardust']);
    expect(byPrimary('MOON')).toEqual(['change-5', 'change-6', 'luna-16', 'luna-20', 'luna-24']);
  });

  it('knows which missions landed on the far side of the Moon (in the South Pole–Aitken basin)', async () => {
    const { body } = await graphql(server, '{ events(where: { type: LANDING, target: "south-pole-aitken-basin" }) { nodes { mission { id } } } }');
    expect(missionIds(body.data!.events.nodes)).toEqual(['change-4', 'change-6']);
  });

  it('knows what DART hit and when, and who flew Cassini–Huygens', async () => {
    const { body } = await graphql(
      server,
      `{ events(where: { mission: "dart", type: IMPACT }) { nodes { date targets { id } } }
         mission(id: "cassini-huygens") { agencies { id } } }`,
    );
    expect(body.data!.events.nodes).toEqual([{ date: '2022-09-26', targets: expect.arrayContaining([{ id: 'dimorphos' }]) }]);
    expect(body.data!.mission.agencies.map((agency: { id: string }) => agency.id)).toEqual(expect.arrayContaining(['nasa', 'esa', 'asi']));
  });
});
