import { getIntrospectionQuery } from 'graphql';
import {
  aliases,
  depthBomb,
  directives,
  HOSTILE_REQUESTS,
  impossibleDateCursor,
  introspectionFanOut,
  NESTED_PAGES,
  send,
} from '../support/hostileRequests';
import { graphql, GraphQLResponse, serverWithLog, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// RETURN as a Cypher keyword, not the end of an enum value such as SAMPLE_RETURN in a description.
const LEAKS = /MATCH \(|(?<![A-Z_])RETURN |Neo4jError|neo4j-driver|\s+at .+:\d+:\d+/;

/** A POST with a body as given, for the attacks that are not well-formed GraphQL requests. */
async function post(body: string, contentType = 'application/json'): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

function expectRefused(response: GraphQLResponse, status: number, code: string, message?: RegExp): void {
  expect(response.status).toBe(status);
  expect(response.body.data ?? null).toBeNull();
  expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  if (message) expect(response.body.errors?.[0].message).toMatch(message);
  expect(response.text).not.toMatch(LEAKS);
}

describe('every hostile request of the catalogue', () => {
  it.each(HOSTILE_REQUESTS.map((request) => [request.name, request.status, request.code ?? 'no error', request] as const))(
    'answers %s with %d and %s',
    async (_name, status, _code, request) => {
      const answer = await send(server.url, request);
      expect(answer.status).toBe(status);
      if (request.code === null) expect(answer.body?.errors).toBeUndefined();
      else expect(answer.body?.errors?.map((e) => e.extensions?.code)).toEqual([request.code]);
      expect(answer.text).not.toMatch(LEAKS);
    },
  );
});

describe('query limits', () => {
  it('refuses a depth bomb, naming the depth limit, and accepts depth 10', async () => {
    expectRefused(await graphql(server, depthBomb(11)), 400, 'QUERY_TOO_COMPLEX', /depth is 11, above the limit of 10/);
    // Nested lists also multiply the cost; a chain of single parents reaches depth 10 cheaply.
    const parents = (levels: number) => `{ target(id: "jezero-crater") { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    const atLimit = await graphql(server, parents(8));
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data!.target.parent.parent).toEqual({ parent: null });
    expectRefused(await graphql(server, parents(9)), 400, 'QUERY_TOO_COMPLEX', /depth is 11, above the limit of 10/);
  });

  it('lets the full introspection query through, deeper as it is', async () => {
    const response = await graphql(server, getIntrospectionQuery());
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses an alias flood past 15 aliases', async () => {
    expect((await graphql(server, aliases(15))).body.data!.a14).toEqual({ id: 'tianwen-2' });
    expectRefused(await graphql(server, aliases(16)), 400, 'QUERY_TOO_COMPLEX', /aliases is 16, above the limit of 15/);
  });

  it('refuses more than 50 directives', async () => {
    expect((await graphql(server, directives(false))).body.data!.mission).toEqual({ id: 'tianwen-2', name: 'Tianwen-2' });
    expectRefused(await graphql(server, directives(true)), 400, 'QUERY_TOO_COMPLEX', /directives is 51, above the limit of 50/);
  });

  it('refuses a document of more than 2000 tokens before parsing it', async () => {
    // { search ( text : "mars" first : 1 kinds : [ ...n ] ) { score } }: n + 18 tokens
    const kinds = (n: number) => `{ search(text: "mars", first: 1, kinds: [${' MISSION'.repeat(n)} ]) { score } }`;
    const atLimit = await graphql(server, kinds(1982));
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data!.search).toHaveLength(1);
    expectRefused(await graphql(server, kinds(1983)), 400, 'QUERY_TOO_COMPLEX', /more than 2000 tokens/);
  });

  it('refuses one field repeated thousands of times, which GraphQL validation would take seconds over', async () => {
    const repeated = (n: number) => `{ stats { ${'missions '.repeat(n)}} }`;
    expect((await graphql(server, repeated(20))).body.data!.stats.missions).toBeGreaterThan(100);
    expectRefused(await graphql(server, repeated(1990)), 400, 'QUERY_TOO_COMPLEX', /selected 1990 times in one place, above the limit of 20/);
  });

  it('counts a page size passed as a variable exactly as a literal one', async () => {
    const small = await graphql(server, NESTED_PAGES, { n: 2 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.missions.nodes).toHaveLength(2);
    expectRefused(await graphql(server, NESTED_PAGES, { n: 100 }), 400, 'QUERY_TOO_COMPLEX', /cost is \d+, above the limit of 100000/);
    const literal = NESTED_PAGES.replace('query ($n: Int) ', '').replace(/\$n/g, '100');
    expectRefused(await graphql(server, literal), 400, 'QUERY_TOO_COMPLEX', /cost is \d+, above the limit of 100000/);
  });

  it('does no database work for a refused query, even its cheap root fields', async () => {
    const query = `{ stats { missions } ${NESTED_PAGES.replace('query ($n: Int) ', '').replace(/\$n/g, '100').slice(1)}`;
    const response = await graphql(server, query, undefined, { 'x-debug-cypher': '1' });
    expectRefused(response, 400, 'QUERY_TOO_COMPLEX');
    expect(response.body.extensions?.cypher).toEqual({ queries: 0, ms: 0, statements: [] });
  });

  it('answers a huge first, literal or variable, with BAD_USER_INPUT as the contract says', async () => {
    const literal = await graphql(server, '{ missions(first: 1000000000) { totalCount } }');
    expect(literal.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const variable = await graphql(server, 'query ($n: Int) { mission(id: "tianwen-2") { events(first: $n) { id } } }', { n: 2147483647 });
    expect(variable.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.text).not.toMatch(LEAKS);
  });

  it('sizes a page left to a variable\'s default, or given as null, as it runs', async () => {
    const issueQuery = (n: number) =>
      `query Q($n: Int = ${n}) { missions(first: $n) { nodes { agencies { missions(first: $n) { agencies { missions(first: $n) { id } } } } } } }`;
    expect((await graphql(server, issueQuery(2))).body.data!.missions.nodes).toHaveLength(2);
    const costOf = async (query: string) => /its cost is (\d+)/.exec((await graphql(server, query)).body.errors?.[0].message ?? '')?.[1];
    const literal = issueQuery(100).replace('query Q($n: Int = 100) ', '').replace(/\$n/g, '100');
    expect(await costOf(issueQuery(100))).toBe(await costOf(literal));
    const nulls = '{ missions(first: null) { nodes { events(first: null) { targets { missions(first: null) { id } } } } } }';
    expect(await costOf(nulls)).toBe(await costOf(nulls.replace(/\(first: null\)/g, '')));
    expect(await costOf(nulls)).toMatch(/^\d+$/);
  });

  it('refuses fragments that expand past 10 000 selections before GraphQL validates them, and answers a few levels of them', async () => {
    const few = await graphql(server, introspectionFanOut(4));
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data!.__schema.types).toContainEqual({ name: 'Mission' });
    expectRefused(await graphql(server, introspectionFanOut(26, 'Renamed')), 400, 'QUERY_TOO_COMPLEX', /fragments expand to more than 10000 selections/);
  });

  it('counts aliases under __schema and bounds the depth of introspection', async () => {
    const aliasedTypes = (count: number) => `{ __schema { ${Array.from({ length: count }, (_, i) => `t${i}: types { name }`).join(' ')} } }`;
    expect((await graphql(server, aliasedTypes(15))).body.data!.__schema.t14).toContainEqual({ name: 'Mission' });
    expectRefused(await graphql(server, aliasedTypes(16)), 400, 'QUERY_TOO_COMPLEX', /aliases is 16, above the limit of 15/);
    // Counted before validation, which spends tens of milliseconds comparing them: a document too aliased and
    // invalid besides is refused for its aliases, and one within the limit and invalid is still told why.
    const invalid = (count: number) => aliasedTypes(count).replace('t0: types { name }', 't0: types { nom }');
    // The second time from the verdict kept on the first.
    for (let time = 0; time < 2; time += 1) expectRefused(await graphql(server, invalid(100)), 400, 'QUERY_TOO_COMPLEX', /aliases is 100, above the limit of 15/);
    expectRefused(await graphql(server, invalid(15)), 400, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "nom"/);
    const ofTypes = (levels: number) => `{ __type(name: "Mission") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
    expect((await graphql(server, ofTypes(13))).body).toEqual({ data: { __type: { ofType: null } } });
    expectRefused(await graphql(server, ofTypes(14)), 400, 'QUERY_TOO_COMPLEX', /introspection depth is 16, above the limit of 15/);
  });

  it('answers no introspection with INTROSPECTION=false, and every other query still', async () => {
    const closed = await startTestServer({ INTROSPECTION: 'false' });
    try {
      expectRefused(await graphql(closed, '{ __schema { types { name } } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
      expect((await graphql(closed, '{ mission(id: "tianwen-2") { name } }')).body).toEqual({ data: { mission: { name: 'Tianwen-2' } } });
    } finally {
      await closed.close();
    }
  });

  it('can be configured', async () => {
    const strict = await startTestServer({ QUERY_MAX_DEPTH: '3', QUERY_MAX_COST: '50' });
    try {
      expectRefused(await graphql(strict, '{ mission(id: "tianwen-2") { agencies { missions { id } } } }'), 400, 'QUERY_TOO_COMPLEX', /limit of 3/);
      expectRefused(await graphql(strict, '{ missions(first: 20) { nodes { id name } } }'), 400, 'QUERY_TOO_COMPLEX', /limit of 50/);
    } finally {
      await strict.close();
    }
  });
});

describe('malformed and hostile requests', () => {
  it('answers a fragment cycle with GRAPHQL_VALIDATION_FAILED', async () => {
    const query = 'query { mission(id: "tianwen-2") { ...A } } fragment A on Mission { predecessors { ...B } } fragment B on Mission { successors { ...A } }';
    expectRefused(await graphql(server, query), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers malformed JSON with GRAPHQL_PARSE_FAILED', async () => {
    expectRefused(await post('{"query": "{ stats { missions } }"'), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('reads JSON however it is framed: a stated length, chunked, a byte-order mark, a charset', async () => {
    const request = JSON.stringify({ query: '{ stats { missions } }' });
    const answers = [
      await post(request),
      await post(`\ufeff${request}`),
      await post(request, 'Application/JSON; charset=UTF-8'),
      // No content-length: the body arrives in chunks of unknown total.
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([request]).stream(),
        duplex: 'half',
      } as RequestInit).then(async (response) => ({ status: response.status, body: await response.json() })),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, body: { data: { stats: { missions: 315 } } } });
  });

  it('answers a JSON body that is not an object with GRAPHQL_PARSE_FAILED', async () => {
    expectRefused(await post('"{ stats { missions } }"'), 400, 'GRAPHQL_PARSE_FAILED');
    expectRefused(await post('   '), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body that is not JSON with 415', async () => {
    expectRefused(await post('{ stats { missions } }', 'text/plain'), 415, 'BAD_USER_INPUT');
    expectRefused(await post('query=%7B%20stats%20%7B%20missions%20%7D%20%7D', 'application/x-www-form-urlencoded'), 415, 'BAD_USER_INPUT');
  });

  it('refuses a body over 100 kB with 413', async () => {
    const padding = 'x'.repeat(101 * 1024);
    expectRefused(await post(JSON.stringify({ query: '{ stats { missions } }', variables: { padding } })), 413, 'BAD_USER_INPUT');
  });

  it('refuses a batch of operations', async () => {
    const batch = JSON.stringify([{ query: '{ stats { missions } }' }, { query: '{ stats { agencies } }' }]);
    expectRefused(await post(batch), 400, 'BAD_USER_INPUT');
  });

  it('answers invalid variables with BAD_USER_INPUT', async () => {
    const response = await graphql(server, 'query ($where: MissionWhere) { missions(where: $where) { totalCount } }', { where: { kind: 'WARP_DRIVE' } });
    expectRefused(response, 400, 'BAD_USER_INPUT');
  });

  it('answers an unknown operation name with BAD_USER_INPUT', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { stats { missions } } query B { stats { agencies } }', operationName: 'C' }),
    });
    const text = await response.text();
    expectRefused({ status: response.status, body: JSON.parse(text), text }, 400, 'BAD_USER_INPUT', /Unknown operation named "C"/);
  });

  it('answers deeply nested input objects with BAD_USER_INPUT, not a crash', async () => {
    const deep = `${'{"text":'.repeat(5000)}"mars"${'}'.repeat(5000)}`;
    const query = JSON.stringify('query ($where: MissionWhere) { missions(where: $where) { totalCount } }');
    expectRefused(await post(`{"query":${query},"variables":{"where":${deep}}}`), 400, 'BAD_USER_INPUT');
    const literal = `{ missions(where: ${'{ text: '.repeat(300)}"mars"${' }'.repeat(300)}) { totalCount } }`;
    expectRefused(await graphql(server, literal), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['a NUL', 'mars\u0000'],
    ['emoji', '🚀 mars 🪐'],
    ['right-to-left text', 'المريخ \u202Emars'],
  ])('takes strings with %s as plain values', async (_case, text) => {
    const search = await graphql(server, 'query ($text: String!) { search(text: $text, first: 3) { entity { id } } }', { text });
    expect(search.status).toBe(200);
    expect(search.body.errors).toBeUndefined();
    expect(Array.isArray(search.body.data!.search)).toBe(true);
    const lookup = await graphql(server, 'query ($id: ID!) { mission(id: $id) { id } }', { id: text });
    expect(lookup.body).toEqual({ data: { mission: null } });
  });

  it('hides suggestions in production, and only there: of fields, and of enum values and input fields in variables', async () => {
    const typo = '{ mision(id: "tianwen-2") { id } }';
    const filter = 'query ($where: MissionWhere) { missions(where: $where) { totalCount } }';
    const asked: [GraphQLResponse, number, string][] = [];
    const ask = async (target: TestServer) => {
      asked.push([await graphql(target, typo), 400, 'GRAPHQL_VALIDATION_FAILED']);
      asked.push([await graphql(target, filter, { where: { targetKind: 'ASTEROD' } }), 400, 'BAD_USER_INPUT']);
      asked.push([await graphql(target, filter, { where: { txt: 'mars' } }), 400, 'BAD_USER_INPUT']);
    };
    await ask(server);
    expect(asked.map(([response]) => response.body.errors?.[0].message)).toEqual([
      expect.stringMatching(/Did you mean "mission" or "missions"\?$/),
      expect.stringMatching(/Did you mean the enum value "ASTEROID"\?$/),
      expect.stringMatching(/Did you mean "text"( or "NOT")?\?$/),
    ]);
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      asked.length = 0;
      await ask(production);
      for (const [response, status, code] of asked) {
        expectRefused(response, status, code);
        expect(response.text).not.toMatch(/Did you mean/);
        expect(response.body.errors?.[0].message).toMatch(/^(Cannot query field "mision"|Variable "\$where" got invalid value)/);
      }
    } finally {
      await production.close();
    }
  });

  it('answers a forged cursor with an impossible date with BAD_USER_INPUT, and logs no error for it', async () => {
    const { server: logged, lines } = await serverWithLog({}, 'warn');
    try {
      const query = 'query ($after: String) { missions(first: 2, after: $after) { nodes { id } } }';
      const response = await graphql(logged, query, { after: impossibleDateCursor });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: null,
        errors: [expect.objectContaining({ message: '"after" is not a cursor of this list in order LAUNCH_DATE_ASC.', extensions: { code: 'BAD_USER_INPUT' } })],
      });
      expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    } finally {
      await logged.close();
    }
  });
});

it('is healthy and answers right after the whole suite', async () => {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect((await graphql(server, '{ mission(id: "tianwen-2") { name } }')).body).toEqual({ data: { mission: { name: 'Tianwen-2' } } });
});
