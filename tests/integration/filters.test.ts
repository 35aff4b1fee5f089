import { checkSeed } from '../../src/seed/loadSeed';
import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const seed = checkSeed();
const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

describe('missions(where)', () => {
  it('finds by a case-insensitive piece of a name or an alias', async () => {
    const { body } = await graphql(server, '{ byName: missions(where: { text: "TIANWEN" }) { nodes { id } } byAlias: missions(where: { text: "zhenghe" }) { nodes { id } } }');
    expect(ids(body.data!.byName)).toEqual(expect.arrayContaining(['tianwen-1', 'tianwen-2']));
    expect(ids(body.data!.byAlias)).toEqual(['tianwen-2']);
  });

  it('counts a landing site as its body: missions to Mars include the rovers that landed in its craters', async () => {
    const { body } = await graphql(server, '{ missions(where: { target: "mars" }, first: 100) { nodes { id } } }');
    expect(ids(body.data!.missions)).toEqual(expect.arrayContaining(['tianwen-1', 'mars-2020', 'curiosity', 'insight']));
    expect(ids(body.data!.missions)).not.toContain('tianwen-2');
  });

  it('combines agency, kind, status and launch dates', async () => {
    const { body } = await graphql(
      server,
      `{ missions(where: { agency: "jaxa", kind: SAMPLE_RETURN, launchedAfter: "2010-01-01", launchedBefore: "2020-12-31" }) { nodes { id launchDate } } }`,
    );
    expect(ids(body.data!.missions)).toEqual(['hayabusa2']);
    const july2020 = await graphql(server, '{ missions(where: { target: "mars", launchedAfter: "2020-07-01", launchedBefore: "2020-07-31" }) { nodes { id } } }');
    expect(ids(july2020.body.data!.missions).sort()).toEqual(['hope', 'ingenuity', 'mars-2020', 'tianwen-1']);
  });

  it('lists the missions that share a target with a given one, leaving that one out', async () => {
    const { body } = await graphql(server, '{ missions(where: { sharesTargetWith: "tianwen-1" }, first: 100) { totalCount nodes { id } } }');
    const tianwen1 = seed.missions.find((mission) => mission.id === 'tianwen-1')!;
    const expected = seed.missions
      .filter((mission) => mission.id !== 'tianwen-1' && (mission.targets as string[]).some((target) => (tianwen1.targets as string[]).includes(target)))
      .map((mission) => mission.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(body.data!.missions).sort()).toEqual(expected.sort());
    expect(body.data!.missions.totalCount).toBe(expected.length);
  });

  it('filters by the kind of target', async () => {
    const { body } = await graphql(server, '{ missions(where: { targetKind: COMET }, first: 100) { nodes { id } } }');
    expect(ids(body.data!.missions)).toEqual(expect.arrayContaining(['rosetta', 'stardust', 'tianwen-2']));
    const expected = seed.missions.filter((mission) =>
      (mission.targets as string[]).some((target) => seed.targets.find((t) => t.id === target)?.kind === 'COMET'),
    );
    expect(body.data!.missions.nodes).toHaveLength(expected.length);
  });

  it('answers BAD_USER_INPUT for a date that is not on the calendar', async () => {
    const { body } = await graphql(server, 'query ($d: Date) { missions(where: { launchedAfter: $d }) { totalCount } }', { d: '2025-02-30' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('events, agencies and targets (where)', () => {
  it('gives the timeline of one mission, newest first', async () => {
    const { body } = await graphql(server, '{ events(where: { mission: "tianwen-2", planned: true }, orderBy: DATE_DESC) { nodes { type date } } }');
    expect(body.data!.events.nodes.map((event: { type: string }) => event.type)).toEqual(['ARRIVAL', 'SAMPLE_RETURN']);
  });

  it('finds landings on the Moon through the landing sites', async () => {
    const { body } = await graphql(server, '{ events(where: { target: "moon", type: LANDING }, first: 100) { nodes { mission { id } } } }');
    const missions = body.data!.events.nodes.map((event: { mission: { id: string } }) => event.mission.id);
    expect(missions).toEqual(expect.arrayContaining(['change-4', 'change-5', 'change-6', 'chandrayaan-3', 'slim', 'luna-16']));
  });

  it('filters agencies by country and targets by kind and parent', async () => {
    const { body } = await graphql(
      server,
      `{ agencies(where: { country: "jp" }) { nodes { id } }
         moons: targets(where: { kind: MOON, parent: "mars" }) { nodes { id } }
         byDesignation: targets(where: { text: "2016 ho3" }) { nodes { id } } }`,
    );
    expect(ids(body.data!.agencies)).toEqual(expect.arrayContaining(['jaxa', 'isas']));
    expect(ids(body.data!.moons).sort()).toEqual(['deimos', 'phobos']);
    expect(ids(body.data!.byDesignation)).toEqual(['kamooalewa']);
  });
});
