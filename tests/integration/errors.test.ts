import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// RETURN as a Cypher keyword, not the end of an enum value such as SAMPLE_RETURN in a description.
const LEAKS = /MATCH \(|(?<![A-Z_])RETURN |Neo4jError|neo4j-driver|\s+at .+:\d+:\d+/;

describe('errors a client sees', () => {
  it.each([
    ['a parse error', '{ mission(id: "x") { name ', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ mission(id: "x") { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a missing argument', '{ mission { name } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a bad enum', '{ missions(orderBy: SIDEWAYS) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with its code and no internals', async (_case, query, code) => {
    const { body, text } = await graphql(server, query);
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(body.errors?.[0].extensions?.stacktrace).toBeUndefined();
    expect(text).not.toMatch(LEAKS);
  });

  it('answers a bad variable with BAD_USER_INPUT', async () => {
    const { body } = await graphql(server, 'query ($first: Int) { missions(first: $first) { totalCount } }', { first: 'ten' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats a Cypher-looking id as a plain value', async () => {
    const { body } = await graphql(server, 'query ($id: ID!) { mission(id: $id) { id } }', { id: "x'}) MATCH (n) DETACH DELETE n //" });
    expect(body.errors).toBeUndefined();
    expect(body.data!.mission).toBeNull();
    const after = await graphql(server, '{ mission(id: "tianwen-2") { id } }');
    expect(after.body.data!.mission).toEqual({ id: 'tianwen-2' });
  });

  it('answers GET /graphql for reads', async () => {
    const query = encodeURIComponent('{ mission(id: "tianwen-2") { name } }');
    const response = await fetch(`${server.url}/graphql?query=${query}`);
    expect(await response.json()).toEqual({ data: { mission: { name: 'Tianwen-2' } } });
  });
});

describe('health', () => {
  it('says the process is up and Neo4j answers', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
