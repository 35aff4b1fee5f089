import { graphql, startTestServer, TestServer } from '../support/testServer';

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
