import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const data = async (query: string) => {
  const { body } = await graphql(server, query);
  expect(body.errors).toBeUndefined();
  return body.data!;
};

describe('the catalogue', () => {
  it('holds the deep-space missions since 1959, with their targets and events', async () => {
    const { stats } = await data('{ stats { missions targets events } }');
    expect(stats.missions).toBeGreaterThanOrEqual(300);
    expect(stats.targets).toBeGreaterThanOrEqual(150);
    expect(stats.events).toBeGreaterThanOrEqual(1500);
  });
});

describe('identifiers', () => {
  it('finds Tianwen-1 by its COSPAR designator, however it is cased', async () => {
    const { a, b } = await data('{ a: entityByExternalId(scheme: COSPAR, value: "2020-049A") { id } b: entityByExternalId(scheme: COSPAR, value: "2020-049a") { id } }');
    expect(a).toEqual({ id: 'tianwen-1' });
    expect(b).toEqual({ id: 'tianwen-1' });
  });

  it('answers null for an identifier no entity has, and BAD_USER_INPUT for one that is malformed', async () => {
    expect((await data('{ entityByExternalId(scheme: COSPAR, value: "1999-999Z") { id } }')).entityByExternalId).toBeNull();
    const { body } = await graphql(server, '{ entityByExternalId(scheme: WIKIDATA, value: "P31") { id } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives each identifier its catalogue page', async () => {
    const { mission } = await data('{ mission(id: "tianwen-1") { externalIds { scheme value url } } }');
    expect(mission.externalIds).toEqual(
      expect.arrayContaining([{ scheme: 'COSPAR', value: '2020-049A', url: 'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2020-049A' }]),
    );
  });

  it('gives every launched mission a COSPAR designator, unless it never reached orbit', async () => {
    const missions: { id: string; launchDate: string | null; status: string; externalIds: { scheme: string }[] }[] = [];
    let after: string | null = null;
    do {
      const page: any = await data(`{ missions(first: 100${after ? `, after: "${after}"` : ''}) { nodes { id launchDate status externalIds { scheme } } pageInfo { hasNextPage endCursor } } }`);
      missions.push(...page.missions.nodes);
      after = page.missions.pageInfo.hasNextPage ? page.missions.pageInfo.endCursor : null;
    } while (after);
    const launched = missions.filter((mission) => mission.launchDate);
    const withCospar = launched.filter((mission) => mission.externalIds.some((id) => id.scheme === 'COSPAR'));
    // The rest are launch failures and craft whose designator the sources do not give; seed:check makes each say why.
    expect(withCospar.length / launched.length).toBeGreaterThan(0.8);
  });
});

describe('native names', () => {
  it('carries each official name with its language tag', async () => {
    const { tw2, luna } = await data('{ tw2: mission(id: "tianwen-2") { names { language text } } luna: mission(id: "luna-16") { names { language text } } }');
    expect(tw2.names).toEqual(expect.arrayContaining([{ language: 'zh-Hans', text: '天问二号' }]));
    expect(luna.names).toEqual(expect.arrayContaining([{ language: 'ru', text: 'Луна-16' }]));
  });
});

describe('outcomes and samples', () => {
  it('brought samples of Ryugu home with Hayabusa2, of comets only with Stardust, and nothing yet with Tianwen-2', async () => {
    const { hayabusa2, stardust, tianwen2 } = await data(`{
      hayabusa2: mission(id: "hayabusa2") { samplesReturnedFrom { name } }
      stardust: mission(id: "stardust") { samplesReturnedFrom { kind } }
      tianwen2: mission(id: "tianwen-2") { samplesReturnedFrom { name } } }`);
    expect(hayabusa2.samplesReturnedFrom).toEqual([{ name: expect.stringMatching(/Ryugu/) }]);
    expect(stardust.samplesReturnedFrom.length).toBeGreaterThan(0);
    expect(stardust.samplesReturnedFrom.every((target: { kind: string }) => target.kind === 'COMET')).toBe(true);
    expect(tianwen2.samplesReturnedFrom).toEqual([]);
  });

  it('says how a crash landing went', async () => {
    const { events } = await data('{ events(where: { mission: "beresheet", type: LANDING }) { nodes { outcome planned } } }');
    expect(events.nodes).toEqual([{ outcome: 'FAILURE', planned: false }]);
  });

  it('writes each date at its precision (EDTF)', async () => {
    const { mission } = await data('{ mission(id: "tianwen-2") { events { type datePrecision when } } }');
    const byType = Object.fromEntries(mission.events.map((event: { type: string; when: string }) => [event.type, event]));
    expect(byType.LAUNCH).toMatchObject({ datePrecision: 'DAY', when: '2025-05-28' });
    expect(byType.SAMPLE_RETURN).toMatchObject({ datePrecision: 'YEAR', when: '2027' });
  });

  it('follows a mission\'s lineage back to its first predecessor', async () => {
    const { mission } = await data('{ mission(id: "hayabusa2") { lineage { id } } }');
    expect(mission.lineage).toEqual([{ id: 'hayabusa' }]);
  });
});
