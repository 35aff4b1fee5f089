import { graphql, GraphQLResponse, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SEARCH = `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score entity { __typename id name } }
}`;
const search = async (variables: Record<string, unknown>) => (await graphql(server, SEARCH, variables)).body;

describe('search', () => {
  it.each(["kamo'oalewa", 'kamooalewa', 'Kamoʻoalewa', 'KAMOʻOALEWA', '2016 HO3'])('finds the asteroid first for %p', async (text) => {
    const body = await search({ text });
    expect(body.errors).toBeUndefined();
    expect(body.data!.search[0].entity).toMatchObject({ __typename: 'Target', id: 'kamooalewa' });
  });

  it('tolerates a typo and filters by kind', async () => {
    const body = await search({ text: 'Hayabsa', kinds: ['MISSION'] });
    const ids = body.data!.search.map((hit: { entity: { id: string } }) => hit.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['hayabusa', 'hayabusa2']));
    expect(body.data!.search.every((hit: { entity: { __typename: string } }) => hit.entity.__typename === 'Mission')).toBe(true);
  });

  it('finds as you type, best hit first', async () => {
    const body = await search({ text: 'Kamo', first: 5 });
    expect(body.data!.search[0].entity.id).toBe('kamooalewa');
    const scores = body.data!.search.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('is insensitive to accents: "Rumker" finds Mons Rümker', async () => {
    const body = await search({ text: 'Rumker', kinds: ['TARGET'] });
    expect(body.data!.search[0].entity.id).toBe('mons-rumker');
  });

  it.each(['Hayabusa OR *:*', '"unbalanced', 'name:(x', '\\', 'a && b || !c', 'x^99 ~ ?*'])('never breaks on Lucene syntax in %p', async (text) => {
    const body = await search({ text });
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data!.search)).toBe(true);
  });

  it.each(['', '   '])('refuses blank text %p with BAD_USER_INPUT', async (text) => {
    const body = await search({ text });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses first beyond 100', async () => {
    const body = await search({ text: 'mars', first: 101 });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search that finds what people type', () => {
  const first = async (text: string, kinds?: string[]) => (await search({ text, kinds, first: 3 })).data!.search[0]?.entity.id;

  it.each([
    ['天问二号', 'tianwen-2'],
    ['嫦娥五号', 'change-5'],
    ['はやぶさ2', 'hayabusa2'],
    ['Луна-16', 'luna-16'],
    ['चंद्रयान-3', 'chandrayaan-3'],
    ['مسبار الأمل', 'hope'],
  ])('finds a mission by its native name %p', async (text, id) => {
    expect(await first(text)).toBe(id);
  });

  it.each([
    ['bepi colombo', 'bepicolombo'],
    ['colombo', 'bepicolombo'],
    ['osirisrex', 'osiris-rex'],
    ['osiris rex', 'osiris-rex'],
  ])('meets a name typed split or joined: %p', async (text, id) => {
    expect(await first(text, ['MISSION'])).toBe(id);
  });

  it("ranks names above descriptions: \"Chang'e\" finds the Chang'e missions, not an event about an orbit change", async () => {
    const body = await search({ text: "Chang'e", first: 5 });
    const ids = body.data!.search.map((hit: { entity: { id: string } }) => hit.entity.id);
    expect(ids.every((id: string) => /^change-\d/.test(id))).toBe(true);
  });

  it('puts the entity named exactly what was typed first', async () => {
    expect(await first('mars')).toBe('mars');
    expect(await first('ESA')).toBe('esa');
    expect(await first('Hayabusa')).toBe('hayabusa');
  });
});

describe('searchConnection', () => {
  const CONNECTION = `query ($text: String!, $after: String) { searchConnection(text: $text, first: 5, after: $after) {
    totalCount suggestions edges { cursor node { entity { id } } } pageInfo { hasNextPage endCursor } } }`;

  it('pages through the ranking with its total, each hit once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const { body }: GraphQLResponse = await graphql(server, CONNECTION, { text: 'venus', after });
      const connection: Record<string, any> = body.data!.searchConnection;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge: { node: { entity: { id: string } } }) => edge.node.entity.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(total).toBeGreaterThan(5);
    expect(seen.length).toBe(Math.min(total, 50));
  });

  it('suggests what was meant when nothing matches', async () => {
    const { body } = await graphql(server, CONNECTION, { text: 'Hayabuzza' });
    expect(body.data!.searchConnection.totalCount).toBe(0);
    expect(body.data!.searchConnection.suggestions).toEqual(expect.arrayContaining([expect.stringMatching(/Hayabusa/)]));
  });

  it('refuses a cursor that is not one of its own', async () => {
    const { body } = await graphql(server, CONNECTION, { text: 'venus', after: 'bm90LWEtY3Vyc29y' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
