import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const debug = { 'x-debug-cypher': '1' };

describe('one database round trip per root field', () => {
  it('answers a query four levels deep with one statement', async () => {
    const { body } = await graphql(
      server,
      '{ missions(first: 20) { nodes { agencies { missions { targets { name } } } } } }',
      undefined,
      debug,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.missions.nodes.length).toBeGreaterThan(0);
    expect(body.extensions!.cypher.queries).toBe(1);
    expect(typeof body.extensions!.cypher.ms).toBe('number');
  });

  it('costs one statement per root field, with fragments, aliases and interfaces', async () => {
    const { body } = await graphql(
      server,
      `query { a: mission(id: "tianwen-2") { ...M } b: entity(id: "mars") { ... on Target { missions { ...M } } }
        events(first: 3) { totalCount edges { cursor node { mission { ...M } } } } }
       fragment M on Mission { name agencies { name } targets { parent { name } } events(first: 2) { targets { name } } }`,
      undefined,
      debug,
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions!.cypher.queries).toBe(3);
  });

  it('shows nothing of the statements unless the client asks', async () => {
    const { body } = await graphql(server, '{ mission(id: "tianwen-2") { name } }');
    expect(body.extensions?.cypher).toBeUndefined();
  });

  it('never shows statements when the server runs with DEBUG_CYPHER=false', async () => {
    const production = await startTestServer({ DEBUG_CYPHER: 'false' });
    try {
      const { body } = await graphql(production, '{ mission(id: "tianwen-2") { name } }', undefined, debug);
      expect(body.data!.mission.name).toBe('Tianwen-2');
      expect(body.extensions?.cypher).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});
