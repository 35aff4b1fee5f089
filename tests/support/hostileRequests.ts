import { getIntrospectionQuery } from 'graphql';

/**
 * The hostile requests of the attack suite, each with the answer it must get:
 * tests/integration/attacks.test.ts asserts each, and the fault suite sends
 * them all to the API in a process of its own while it watches that process's
 * event loop. Each is one HTTP request of an anonymous client.
 */
export interface HostileRequest {
  name: string;
  method?: 'GET' | 'POST';
  /** /graphql unless given. */
  path?: string;
  contentType?: string;
  body?: string;
  status: number;
  /** The one error code of the answer; null when the answer is not a GraphQL error (a 404 page). */
  code: string | null;
}

const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const graphqlAttack = (name: string, query: string, status: number, code: string | null, variables?: Record<string, unknown>): HostileRequest => ({
  name,
  body: operation(query, variables),
  status,
  code,
});

/** agency { missions { agencies { missions ... { id } } } }: `depth` levels of fields. */
export const depthBomb = (depth: number): string => {
  const levels = Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'missions' : 'agencies'));
  return `{ agency(id: "cnsa") { ${levels.join(' { ')} { id }${' }'.repeat(levels.length - 1)} } }`;
};
export const aliases = (count: number): string => `{ ${Array.from({ length: count }, (_, i) => `a${i}: mission(id: "tianwen-2") { id }`).join(' ')} }`;
/** 50 directives: 20 ids and 5 names with two each; a 51st on the root field. */
export const directives = (extra: boolean): string =>
  `{ mission(id: "tianwen-2") ${extra ? '@include(if: true) ' : ''}{ ${'id @include(if: true) @skip(if: false) '.repeat(20)}${'name @include(if: true) @skip(if: false) '.repeat(5)}} }`;
export const NESTED_PAGES = 'query ($n: Int) { missions(first: $n) { nodes { events(first: $n) { targets { missions(first: $n) { id } } } } } }';

/** `{ __schema { types { ...T0 } } }`, each fragment spreading the next twice: 2^levels walks for a rule that does not memoise. */
export const introspectionFanOut = (levels: number, name = 'FanOut'): string =>
  `query ${name} { __schema { types { ...T0 } } } ${Array.from({ length: levels }, (_, i) => `fragment T${i} on __Type { ...T${i + 1} ...T${i + 1} }`).join(' ')} fragment T${levels} on __Type { name }`;

/** `count` aliased neighbourhoods of the Sun, three hops deep and 500 nodes wide: the largest exploration the limits let through at 15. */
export const sunNeighbourhoods = (count: number): string =>
  `{ ${Array.from({ length: count }, (_, i) => `n${i}: neighborhood(id: "sun", depth: 3, limit: 500) { nodes { id name } edges { type from to } }`).join(' ')} }`;

/** A cursor of the missions list whose sort key is a date that is not in the calendar. */
export const impossibleDateCursor = Buffer.from(JSON.stringify(['LAUNCH_DATE_ASC', '2025-13-45', 'tianwen-2'])).toString('base64url');

/** The costliest request the default limits let through: what a client flooding the server sends. */
export const WORST_CASE: HostileRequest = graphqlAttack('15 aliased neighbourhoods of the Sun, 3 hops and 500 nodes each', sunNeighbourhoods(15), 200, null);

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // Broken in the second round (issue 14).
  graphqlAttack(
    'pages sized by a variable left to its default of 100',
    'query Q($n: Int = 100) { missions(first: $n) { nodes { agencies { missions(first: $n) { agencies { missions(first: $n) { id } } } } } } }',
    400,
    'QUERY_TOO_COMPLEX',
  ),
  graphqlAttack(
    'first: null, which runs with the default page size',
    '{ missions(first: null) { nodes { events(first: null) { targets { missions(first: null) { id } } } } } }',
    400,
    'QUERY_TOO_COMPLEX',
  ),
  graphqlAttack('introspection fragments spread twice in each of 26 levels', introspectionFanOut(26), 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('16 aliased neighbourhoods of the Sun, 3 hops and 500 nodes each', sunNeighbourhoods(16), 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack(
    'three pages of 100 missions with 100 related missions each',
    `{ ${['a', 'b', 'c'].map((alias) => `${alias}: missions(first: 100) { nodes { related(first: 100) { score } } }`).join(' ')} }`,
    400,
    'QUERY_TOO_COMPLEX',
  ),
  graphqlAttack('100 aliases under __schema', `{ __schema { ${Array.from({ length: 100 }, (_, i) => `t${i}: types { name fields { name } }`).join(' ')} } }`, 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('introspection 16 levels deep', `{ __type(name: "Mission") { ${'ofType { '.repeat(15)}name${' }'.repeat(15)} } }`, 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack(
    'an enum value one letter off, in a variable',
    'query ($where: MissionWhere) { missions(where: $where) { totalCount } }',
    400,
    'BAD_USER_INPUT',
    { where: { targetKind: 'ASTEROD' } },
  ),
  graphqlAttack('a forged cursor with the date 2025-13-45', 'query ($after: String) { missions(first: 2, after: $after) { nodes { id } } }', 200, 'BAD_USER_INPUT', {
    after: impossibleDateCursor,
  }),
  { name: 'GET /metrics on the public listener', method: 'GET', path: '/metrics', status: 404, code: null },
  // Held in the first round; kept so that they stay held.
  graphqlAttack('a depth bomb of 11 levels', depthBomb(11), 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('16 aliases', aliases(16), 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('51 directives', directives(true), 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('2001 tokens', `{ search(text: "mars", first: 1, kinds: [${' MISSION'.repeat(1983)} ]) { score } }`, 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('one field 1990 times in one selection set', `{ stats { ${'missions '.repeat(1990)}} }`, 400, 'QUERY_TOO_COMPLEX'),
  graphqlAttack('three nested pages of 100 by a variable', NESTED_PAGES, 400, 'QUERY_TOO_COMPLEX', { n: 100 }),
  graphqlAttack('a first of a billion', '{ missions(first: 1000000000) { totalCount } }', 200, 'BAD_USER_INPUT'),
  graphqlAttack(
    'a fragment cycle',
    'query { mission(id: "tianwen-2") { ...A } } fragment A on Mission { predecessors { ...B } } fragment B on Mission { successors { ...A } }',
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ),
  { name: 'malformed JSON', body: '{"query": "{ stats { missions } }"', status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a text/plain body', contentType: 'text/plain', body: '{ stats { missions } }', status: 415, code: 'BAD_USER_INPUT' },
  { name: 'a body over 100 kB', body: operation('{ stats { missions } }', { padding: 'x'.repeat(101 * 1024) }), status: 413, code: 'BAD_USER_INPUT' },
  { name: 'a batch', body: JSON.stringify([{ query: '{ stats { missions } }' }, { query: '{ stats { agencies } }' }]), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'input objects nested 5000 deep',
    body: `{"query":${JSON.stringify('query ($where: MissionWhere) { missions(where: $where) { totalCount } }')},"variables":{"where":${'{"text":'.repeat(5000)}"mars"${'}'.repeat(5000)}}}`,
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown operation name',
    body: JSON.stringify({ query: 'query A { stats { missions } } query B { stats { agencies } }', operationName: 'C' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'the full introspection query, which is let through', body: operation(getIntrospectionQuery()), status: 200, code: null },
];

/** An HTTP answer as the attack tests read it. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

export async function send(baseUrl: string, request: HostileRequest): Promise<Answer> {
  const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
    method: request.method ?? 'POST',
    headers: request.body === undefined ? {} : { 'content-type': request.contentType ?? 'application/json' },
    body: request.body,
  });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    // A page, not a GraphQL answer.
  }
  return { status: response.status, headers: response.headers, text, body };
}
