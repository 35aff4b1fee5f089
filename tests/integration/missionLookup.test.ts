import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('mission(id)', () => {
  it('answers Tianwen-2 with its agency, its targets in order and its events in chronological order', async () => {
    const { body } = await graphql(
      server,
      `{ mission(id: "tianwen-2") { name launchDate agencies { abbreviation } targets { name designation }
         predecessors { id } events { type date datePrecision planned distanceKm } } }`,
    );
    expect(body.errors).toBeUndefined();
    const mission = body.data!.mission;
    expect(mission.name).toBe('Tianwen-2');
    expect(mission.launchDate).toBe('2025-05-28');
    expect(mission.agencies).toEqual([{ abbreviation: 'CNSA' }]);
    expect(mission.targets).toEqual([
      { name: '469219 Kamoʻoalewa', designation: '2016 HO3' },
      { name: '311P/PANSTARRS', designation: '311P/PANSTARRS' },
    ]);
    expect(mission.predecessors).toEqual([{ id: 'tianwen-1' }]);
    const events = mission.events.map((event: Record<string, unknown>) => [event.type, event.date, event.planned]);
    // True as of the data's asOf day (2026-12-01): it reached Kamoʻoalewa in June 2026; the return and the comet are ahead.
    expect(events).toEqual([
      ['LAUNCH', '2025-05-28', false],
      ['IMAGE_RELEASE', '2025-10-01', false],
      ['ARRIVAL', '2026-06-07', false],
      ['SAMPLE_RETURN', expect.stringMatching(/^2027-/), true],
      ['ARRIVAL', expect.stringMatching(/^2035-/), true],
    ]);
    expect(mission.events[1].distanceKm).toBe(43000000);
  });

  it('answers Tianwen-1 with the Zhurong landing in Utopia Planitia, whose parent is Mars', async () => {
    const { body } = await graphql(
      server,
      `{ mission(id: "tianwen-1") { launchDate successors { id }
         events { type date targets { id parent { id } } } } }`,
    );
    const mission = body.data!.mission;
    expect(mission.launchDate).toBe('2020-07-23');
    expect(mission.successors).toContainEqual({ id: 'tianwen-2' });
    const landing = mission.events.find((event: { type: string }) => event.type === 'LANDING');
    expect(landing.date).toBe('2021-05-14');
    expect(landing.targets).toContainEqual({ id: 'utopia-planitia', parent: { id: 'mars' } });
    const orbit = mission.events.find((event: { type: string }) => event.type === 'ORBIT_INSERTION');
    expect(orbit.date).toBe('2021-02-10');
  });

  it('returns null for an id that does not exist, and for an id of another kind', async () => {
    const { body } = await graphql(server, '{ mission(id: "no-such-mission") { id } agency(id: "tianwen-2") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ mission: null, agency: null });
  });

  it('serves aliases of one relationship with different arguments side by side', async () => {
    const { body } = await graphql(
      server,
      '{ mission(id: "tianwen-2") { first: events(first: 1) { type } firstTwo: events(first: 2) { type } all: events { id } } }',
    );
    expect(body.data!.mission.first).toEqual([{ type: 'LAUNCH' }]);
    expect(body.data!.mission.firstTwo).toHaveLength(2);
    expect(body.data!.mission.all.length).toBeGreaterThan(2);
  });
});

describe('entity(id), agency, target and event lookups', () => {
  it('resolves an entity to its concrete type with fragments on each kind', async () => {
    const query = `query ($id: ID!) { entity(id: $id) { __typename id name
      ... on Target { designation kind missions { id } }
      ... on Agency { abbreviation missions(first: 3) { id } }
      ... on Mission { status } } }`;
    const asteroid = await graphql(server, query, { id: 'kamooalewa' });
    expect(asteroid.body.data!.entity).toMatchObject({ __typename: 'Target', designation: '2016 HO3', kind: 'ASTEROID' });
    expect(asteroid.body.data!.entity.missions).toContainEqual({ id: 'tianwen-2' });
    const agency = await graphql(server, query, { id: 'cnsa' });
    expect(agency.body.data!.entity).toMatchObject({ __typename: 'Agency', abbreviation: 'CNSA' });
    expect(agency.body.data!.entity.missions).toHaveLength(3);
    const mission = await graphql(server, query, { id: 'tianwen-2' });
    expect(mission.body.data!.entity).toMatchObject({ __typename: 'Mission', status: 'ACTIVE' });
  });

  it('walks from an event to its mission and from a target to its parent and children', async () => {
    const { body } = await graphql(
      server,
      `{ event(id: "tianwen-2-launch") { type mission { id } }
         target(id: "mars") { kind parent { id } children { id } events(first: 5) { id } } }`,
    );
    expect(body.data!.event).toEqual({ type: 'LAUNCH', mission: { id: 'tianwen-2' } });
    expect(body.data!.target.parent).toEqual({ id: 'sun' });
    expect(body.data!.target.children.map((child: { id: string }) => child.id)).toEqual(
      expect.arrayContaining(['phobos', 'deimos', 'utopia-planitia', 'jezero-crater']),
    );
    expect(body.data!.target.events.length).toBeLessThanOrEqual(5);
  });

  it('lists every mission with its sources', async () => {
    const { body } = await graphql(server, '{ missions(first: 100) { nodes { id sources } } }');
    for (const mission of body.data!.missions.nodes) {
      expect(mission.sources.length).toBeGreaterThan(0);
      for (const source of mission.sources) expect(source).toMatch(/^https:\/\//);
    }
  });
});
