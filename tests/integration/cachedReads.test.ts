import { createHash } from 'node:crypto';
import { READ_MAX_AGE_S, STALE_WHILE_REVALIDATE_S } from '../../src/http/cachedReads';
import { RELATED_MISSIONS_QUERY } from '../../src/operations/webOperations';
import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

const CACHEABLE = `public, max-age=${READ_MAX_AGE_S}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_S}`;
/** A GraphQL answer as fetch gives it. */
const answerOf = async (response: Response): Promise<Record<string, any>> => (await response.json()) as Record<string, any>;
const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');

/** A GET of /graphql as the widget and the explorer send it: the operation by its hash, the query itself only if given. */
function getUrl(operation: { hash: string; variables?: Record<string, unknown>; query?: string }): string {
  const url = new URL(`${server.url}/graphql`);
  if (operation.query) url.searchParams.set('query', operation.query);
  url.searchParams.set('variables', JSON.stringify(operation.variables ?? {}));
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.hash } }));
  return url.toString();
}

const widgetUrl = (id: string) => getUrl({ hash: hashOf(RELATED_MISSIONS_QUERY), variables: { id, first: 5 } });

/** How many Cypher statements the server has run, as /metrics counts them. */
async function statementsRun(): Promise<number> {
  const text = await (await fetch(`${server.metricsUrl}/metrics`)).text();
  return Number(/^cypher_statement_duration_seconds_count (\d+)$/m.exec(text)![1]);
}

// fetch adds "cache-control: no-cache" to a request with If-None-Match, which asks for the whole answer again; a browser revalidating does not.
const revalidating = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });

describe('GET reads a browser or a CDN can cache', () => {
  it("the widget's request is a short URL the server knows from the start, answered with an ETag and public Cache-Control; If-None-Match gives 304 and runs no statement", async () => {
    const url = widgetUrl('tianwen-2');
    expect(url.length).toBeLessThan(250);
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const answer = await answerOf(first);
    expect(answer.data.mission.related.map((related: { mission: { id: string } }) => related.mission.id)).toEqual(['hayabusa', 'hayabusa2', 'osiris-rex', 'tianwen-1', 'change-5']);
    expect(first.headers.get('cache-control')).toBe(CACHEABLE);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);

    const before = await statementsRun();
    const again = await fetch(url, { headers: revalidating(etag) });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const repeated = await fetch(url);
    expect(repeated.headers.get('etag')).toBe(etag);
    expect(repeated.headers.get('cache-control')).toMatch(new RegExp(`^public, max-age=\\d+, stale-while-revalidate=${STALE_WHILE_REVALIDATE_S}$`));
    expect(await repeated.json()).toEqual(answer);
    expect(await statementsRun()).toBe(before);
  });

  it('another mission is another answer with another ETag, and an old ETag does not stand for it', async () => {
    const tianwen2 = (await fetch(widgetUrl('tianwen-2'))).headers.get('etag')!;
    const hayabusa2 = await fetch(widgetUrl('hayabusa2'), { headers: revalidating(tianwen2) });
    expect(hayabusa2.status).toBe(200);
    expect(hayabusa2.headers.get('etag')).not.toBe(tianwen2);
    expect((await answerOf(hayabusa2)).data.mission.name).toBe('Hayabusa2');
  });

  it('an operation the server does not know by hash is PersistedQueryNotFound, not cacheable; sent once with its query, its hash alone is enough', async () => {
    const query = 'query AgencyName($id: ID!) { agency(id: $id) { name } }';
    const byHash = getUrl({ hash: hashOf(query), variables: { id: 'cnsa' } });
    const unknown = await fetch(byHash);
    // The protocol's message (what clients look for), under the contract's code.
    expect((await answerOf(unknown)).errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(unknown.headers.get('cache-control')).not.toContain('public');

    const registered = await fetch(getUrl({ hash: hashOf(query), variables: { id: 'cnsa' }, query }));
    expect(registered.headers.get('cache-control')).toBe(CACHEABLE);
    const known = await fetch(byHash);
    expect(await known.json()).toEqual({ data: { agency: { name: 'China National Space Administration' } } });
    expect(known.headers.get('etag')).toBe(registered.headers.get('etag'));

    const wrong = await fetch(getUrl({ hash: hashOf('{ stats { missions } }'), query }));
    expect(wrong.status).toBe(400);
  });

  it('the change log and the dataset are never cached (their fields are hinted maxAge 0), nor POST answers, nor reads with a token', async () => {
    for (const query of ['{ changes(first: 1) { nodes { cursor } } }', '{ dataset { version } }', '{ mission(id: "tianwen-2") { id dataset: name } dataset { version } }']) {
      const response = await fetch(getUrl({ hash: hashOf(query), query }));
      expect((await answerOf(response)).errors).toBeUndefined();
      expect({ query, cacheControl: response.headers.get('cache-control') }).toEqual({ query, cacheControl: 'no-store' });
    }
    const query = '{ mission(id: "tianwen-2") { name } }';
    const posted = await graphql(server, query);
    expect(posted.body.data).toEqual({ mission: { name: 'Tianwen-2' } });
    const postedHeaders = (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).headers;
    expect(postedHeaders.get('cache-control') ?? '').not.toContain('public');
    const withToken = await fetch(getUrl({ hash: hashOf(query), query }), { headers: { authorization: 'Bearer some-token' } });
    expect(withToken.headers.get('cache-control') ?? '').not.toContain('public');
  });
});

describe('compressed answers', () => {
  const accepting = (encoding: string) => ({ 'accept-encoding': encoding });
  const HUNDRED_MISSIONS = '{ missions(first: 100) { nodes { id name summary launchDate status agencies { id name } targets { id name kind } } } }';

  it('GraphiQL at / and a 100-mission GraphQL answer come in brotli to a client that takes it, in gzip to one that takes only gzip', async () => {
    for (const encoding of ['br', 'gzip']) {
      const page = await fetch(`${server.url}/`, { headers: accepting(encoding) });
      expect(page.headers.get('content-encoding')).toBe(encoding);
      expect(await page.text()).toContain('<title>missiongraph · GraphiQL</title>');

      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...accepting(encoding) },
        body: JSON.stringify({ query: HUNDRED_MISSIONS }),
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      expect((await answerOf(response)).data.missions.nodes).toHaveLength(100);
    }
  });

  it('a GET read is compressed and still answers If-None-Match with 304; an answer under 1 kB goes as it is', async () => {
    const query = HUNDRED_MISSIONS;
    const url = getUrl({ hash: hashOf(query), query });
    const first = await fetch(url, { headers: accepting('br') });
    expect(first.headers.get('content-encoding')).toBe('br');
    await first.arrayBuffer();
    expect((await fetch(url, { headers: { ...accepting('br'), ...revalidating(first.headers.get('etag')!) } })).status).toBe(304);

    const small = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...accepting('br, gzip') },
      body: JSON.stringify({ query: '{ mission(id: "tianwen-2") { id } }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('the pages and their assets come compressed too', async () => {
    for (const path of ['/explore', '/widget', '/widget.js', '/assets/graphiql/graphiql.js', '/data/']) {
      const response = await fetch(`${server.url}${path}`, { headers: accepting('br') });
      expect({ path, status: response.status, encoding: response.headers.get('content-encoding') }).toEqual({ path, status: 200, encoding: 'br' });
      await response.arrayBuffer();
    }
  });
});
