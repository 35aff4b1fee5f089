import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, TestServer } from '../support/testServer';
import { ensureWebBuild } from '../support/webBuild';

/**
 * Answers over 1 kB, GraphQL's and the static assets', travel compressed with
 * brotli or gzip as the client accepts, and decode to exactly what would have
 * been sent uncompressed. Raw HTTP here: fetch would decode them out of sight.
 */
let server: TestServer;
beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
});
afterAll(() => server?.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decoded = ({ headers, bytes }: RawResponse) =>
  headers['content-encoding'] === 'br' ? brotliDecompressSync(bytes) : headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;

const LARGE = '{ mission(id: "tianwen-2") { id name summary sources agencies { id name } targets { id name } events { id name type date } } }';
const SMALL = '{ mission(id: "tianwen-2") { id } }';
const post = (query: string, acceptEncoding?: string) =>
  raw('POST', '/graphql', { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) }, JSON.stringify({ query }));

describe('compressed GraphQL answers', () => {
  it('sends an answer over 1 kB with brotli when accepted, gzip when only that is, and as it is otherwise, all decoding to the same JSON', async () => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const answer = JSON.parse(plain.bytes.toString('utf8'));
    expect(answer.data.mission.events.length).toBeGreaterThan(3);

    for (const [accepted, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0.5, gzip', 'gzip'], ['br;q=0, gzip;q=0', undefined], ['*', 'br']] as const) {
      const response = await post(LARGE, accepted);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(response.headers['content-length'])).toBe(response.bytes.length);
      if (expected) expect(response.bytes.length).toBeLessThan(plain.bytes.length / 2);
      expect(JSON.parse(decoded(response).toString('utf8'))).toEqual(answer);
    }
  });

  it('sends an answer under 1 kB as it is, even to a client that accepts brotli', async () => {
    const response = await post(SMALL, 'br, gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.bytes.toString('utf8'))).toEqual({ data: { mission: { id: 'tianwen-2' } } });
  });

  it('compresses a GET /graphql answer over 1 kB as well', async () => {
    const response = await raw('GET', `/graphql?query=${encodeURIComponent(LARGE)}`, { 'accept-encoding': 'br', 'apollo-require-preflight': '1' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(response).toString('utf8')).data.mission.id).toBe('tianwen-2');
  });
});

describe('compressed static assets', () => {
  const graphiqlScript = readFileSync(join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'));

  it("sends GraphiQL's 3.5 MB script as brotli or gzip, a fifth of its size, decoding to the file byte for byte", async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await raw('GET', '/assets/graphiql/graphiql.js', { 'accept-encoding': encoding });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=86400');
      expect(response.bytes.length).toBeLessThan(graphiqlScript.length / 4);
      expect(decoded(response).equals(graphiqlScript)).toBe(true);
    }
  });

  it('revalidates the compressed script by its ETag, and sends the file as it is to a client that accepts no compression', async () => {
    const first = await raw('GET', '/assets/graphiql/graphiql.js', { 'accept-encoding': 'br' });
    const again = await raw('GET', '/assets/graphiql/graphiql.js', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    const plain = await raw('GET', '/assets/graphiql/graphiql.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.equals(graphiqlScript)).toBe(true);
  });

  it("compresses the explorer's page and scripts", async () => {
    const page = await raw('GET', '/explore', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    const script = /src="(\/assets\/web\/explore-\w+\.js)"/.exec(decoded(page).toString('utf8'))![1];
    const response = await raw('GET', script, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decoded(response).toString('utf8')).toContain('cytoscape');
  });
});
