import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { viewQuery } from '../../src/operations/webOperations';
import { MAX_EXPANDED } from '../../web/explore/viewState';
import { startTestServer, TestServer } from '../support/testServer';
import { ensureWebBuild } from '../support/webBuild';

let server: TestServer;
beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
});
afterAll(() => server?.close());

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('the schema as SDL', () => {
  it('is served at /schema.graphql, described, to any origin, and answers 304 to its ETag', async () => {
    const response = await get('/schema.graphql', { headers: { origin: 'https://codegen.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const sdl = await response.text();
    // The file a clone holds is the schema the server serves: a code generator can use either.
    expect(sdl).toBe(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.getFields().searchConnection.description).toMatch(/page/i);
    expect((schema.getType('MissionStatus') as GraphQLEnumType).getValue('LOST')?.description).toMatch(/contact was lost/i);
    const again = await get('/schema.graphql', { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});

describe('the web pages and their caching', () => {
  it('serves the explorer and the widget demo as HTML that is revalidated on every visit', async () => {
    for (const path of ['/explore', '/widget']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('etag')).toBeTruthy();
    }
  });

  it('serves the assets the pages name with content hashes, cached for a year as immutable', async () => {
    const html = await (await get('/explore')).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/web\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/\/explore-\w+\.js$/), expect.stringMatching(/\/explore-\w+\.css$/)]));
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/assets/web/explore-NOSUCHHASH.js')).status).toBe(404);
  });

  it('lets any origin load widget.js and call the API, and answers the preflight', async () => {
    const widget = await get('/widget.js', { headers: { origin: 'https://blog.example' } });
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    expect(widget.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
    expect(await widget.text()).toContain('related-missions');

    const preflight = await get('/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://blog.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });
});

describe("the explorer's largest request", () => {
  it('stays within the public query limits: a view with the most expansions a URL may hold, and a path', async () => {
    const hubs = ['tianwen-2', 'cnsa', 'nasa', 'mars', 'moon', 'jaxa', 'esa', 'tianwen-1', 'change-5', 'hayabusa2', 'osiris-rex', 'sun', 'earth'];
    const neighbourhoods = hubs.slice(0, 1 + MAX_EXPANDED).map((id) => ({ id, depth: 2 }));
    expect(neighbourhoods).toHaveLength(1 + MAX_EXPANDED);
    const { query, variables } = viewQuery(neighbourhoods, { from: 'kamooalewa', to: 'change-5' });
    const response = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown[]; data: { n0: { nodes: unknown[] }; path: { length: number } } };
    expect(body.errors).toBeUndefined();
    expect(body.data.n0.nodes.length).toBeGreaterThan(10);
    expect(body.data.path.length).toBe(3);
  });
});
