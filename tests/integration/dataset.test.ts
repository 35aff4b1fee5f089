import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportGraph } from '../../src/writes/exportGraph';
import { currentDataset, DatasetAnswer, downloadText, fetchDownload, fileOf } from '../support/downloads';
import { startTestServer, TestServer } from '../support/testServer';

const BASE = 'https://missiongraph.example';
let server: TestServer;
let dataset: DatasetAnswer;
beforeAll(async () => {
  server = await startTestServer({ PUBLIC_BASE_URL: BASE });
  dataset = await currentDataset(server);
}, 300_000);
afterAll(() => server?.close());

const count = async (cypher: string) => (await server.db.read({ cypher, params: {} }))[0].n as number;
const entities = () => count('MATCH (n:Entity) RETURN count(n) AS n');
const relationships = () => count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');

/** RFC 4180, as a reader of the files would parse them: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += char;
  }
  return rows;
}

const IRI = '<[^\\u0000-\\u0020<>"{}|^`\\\\]+>';
const LITERAL = '"(?:[^"\\\\\\n\\r]|\\\\[tbnrf"\'\\\\])*"(?:\\^\\^' + IRI + '|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?';
const TRIPLE = new RegExp(`^${IRI} ${IRI} (?:${IRI}|${LITERAL}) \\.$`);

/** The triples a JSON-LD processor reads from the document, for the shapes its @context allows: worked out here independently of the writer. */
function triplesOfJsonLd(document: { '@context': Record<string, any>; '@graph'?: any[] } & Record<string, any>): string[] {
  const context = document['@context'];
  const expand = (term: string) => {
    const colon = term.indexOf(':');
    const prefix = context[term.slice(0, colon)];
    return typeof prefix === 'string' ? prefix + term.slice(colon + 1) : term;
  };
  const quote = (text: string) => `"${String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  const triples: string[] = [];
  for (const node of document['@graph'] ?? [document]) {
    const subject = `<${node['@id']}>`;
    for (const type of node['@type']) triples.push(`${subject} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${expand(type)}> .`);
    for (const [key, raw] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const term = context[key];
      expect(term).toBeDefined();
      const predicate = `<${expand(typeof term === 'string' ? term : term['@id'])}>`;
      const coerce = typeof term === 'string' ? undefined : term['@type'];
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        let object: string;
        if (typeof value === 'object' && value['@language']) object = `${quote(value['@value'])}@${value['@language']}`;
        else if (typeof value === 'object') object = `${quote(value['@value'])}^^<${expand(value['@type'])}>`;
        else if (coerce === '@id') object = `<${value}>`;
        else if (coerce) object = `${quote(value)}^^<${expand(coerce)}>`;
        else if (typeof value === 'boolean') object = `"${value}"^^<http://www.w3.org/2001/XMLSchema#boolean>`;
        else object = quote(value);
        triples.push(`${subject} ${predicate} ${object} .`);
      }
    }
  }
  return triples;
}

describe('Query.dataset', () => {
  it("names its version, the curated data's date and licence, and a download per format, each table of the CSV on its own", () => {
    const seed = JSON.parse(readFileSync(join(__dirname, '../../seed/dataset.json'), 'utf8'));
    expect(dataset.version).toMatch(/^\d+-[0-9a-f]{12}$/);
    expect(dataset).toMatchObject({ asOf: seed.asOf, license: 'CC-BY-4.0' });
    expect(dataset.downloads.map((download) => [download.format, download.url.replace(`${BASE}/data/${dataset.version}/`, '')])).toEqual([
      ['application/json', 'missiongraph.json'],
      ['text/csv', 'agencies.csv'],
      ['text/csv', 'targets.csv'],
      ['text/csv', 'missions.csv'],
      ['text/csv', 'events.csv'],
      ['text/csv', 'edges.csv'],
      ['application/graphml+xml', 'missiongraph.graphml'],
      ['application/ld+json', 'missiongraph.jsonld'],
      ['application/n-triples', 'missiongraph.nt'],
    ]);
  });

  it('serves every download with the size and SHA-256 it lists, cacheable for good at an address that names its version', async () => {
    for (const download of dataset.downloads) {
      const response = await fetchDownload(server, download.url, { 'accept-encoding': 'identity' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(download.format);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = Buffer.from(await response.arrayBuffer());
      expect({ url: download.url, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') }).toEqual({
        url: download.url,
        bytes: download.bytes,
        sha256: download.sha256,
      });
    }
  });

  it('serves them pre-compressed in brotli or gzip, as the client accepts, and answers If-None-Match with 304', async () => {
    const { url, sha256 } = fileOf(dataset, 'missiongraph.json');
    for (const encoding of ['br', 'gzip']) {
      const response = await fetchDownload(server, url, { 'accept-encoding': encoding });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      // fetch decodes what it is sent: the header counts the bytes that went over the wire
      expect(Number(response.headers.get('content-length'))).toBeLessThan(fileOf(dataset, 'missiongraph.json').bytes / 4);
      expect(createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex')).toBe(sha256);
      // As a browser revalidates (fetch would otherwise add "no-cache", which asks for the whole file again)
      const again = await fetchDownload(server, url, { 'accept-encoding': encoding, 'if-none-match': response.headers.get('etag')!, 'cache-control': 'max-age=0' });
      expect(again.status).toBe(304);
    }
  });

  it('JSON: the import format, the same bytes as the export', async () => {
    const { text } = await downloadText(server, fileOf(dataset, 'missiongraph.json').url);
    expect(text).toBe(`${JSON.stringify(await exportGraph(server.db), null, 2)}\n`);
  });

  it('GraphML: exactly one node per entity and one edge per relationship, every value under a declared, typed key', async () => {
    const { text } = await downloadText(server, fileOf(dataset, 'missiongraph.graphml').url);
    const keys = new Map([...text.matchAll(/<key id="([^"]+)" for="(node|edge)" attr.name="[^"]+" attr.type="(string|double|int|boolean)"\/>/g)].map((match) => [match[1], match[3]]));
    expect(keys.get('node.distanceKm')).toBe('double');
    expect(keys.get('node.planned')).toBe('boolean');
    expect(keys.get('edge.order')).toBe('int');
    const nodeIds = [...text.matchAll(/<node id="([^"]+)">/g)].map((match) => match[1]);
    expect(nodeIds.length).toBe(await entities());
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect([...text.matchAll(/<edge source="[^"]+" target="[^"]+">/g)].length).toBe(await relationships());
    for (const [, key] of text.matchAll(/<data key="([^"]+)">/g)) expect(keys.has(key)).toBe(true);
    expect(text).toContain('<edge source="tianwen-2" target="cnsa"><data key="edge.type">OPERATED_BY</data><data key="edge.order">0</data></edge>');
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('CSV: a table per kind (id, category, its properties) and an edge table, each with a header row', async () => {
    const tables: Record<string, string[][]> = {};
    for (const name of ['agencies', 'targets', 'missions', 'events', 'edges']) tables[name] = parseCsv((await downloadText(server, fileOf(dataset, `${name}.csv`).url)).text);
    for (const [name, label] of [['agencies', 'Agency'], ['targets', 'Target'], ['missions', 'Mission'], ['events', 'Event']]) {
      const [header, ...rows] = tables[name];
      expect(header.slice(0, 3)).toEqual(['id', 'category', 'name']);
      expect(rows.length).toBe(await count(`MATCH (n:${label}) RETURN count(n) AS n`));
      expect(rows.every((row) => row.length === header.length && row[1] === label)).toBe(true);
    }
    const [edgeHeader, ...edges] = tables.edges;
    expect(edgeHeader).toEqual(['subject', 'predicate', 'object', 'order']);
    expect(edges.length).toBe(await relationships());
    const missions = tables.missions;
    const tianwen2 = missions.find((row) => row[0] === 'tianwen-2')!;
    expect(tianwen2[missions[0].indexOf('aliases')].split('|')).toContain('Tianwen 2');
    expect(tianwen2[missions[0].indexOf('summary')]).toContain("China's first asteroid sample-return mission");
    expect(edges).toContainEqual(['tianwen-2', 'TARGETS', 'kamooalewa', '0']);
  });

  it('N-Triples: well-formed lines, the same triples as the JSON-LD, with an IRI per entity under the public address', async () => {
    const ntriples = (await downloadText(server, fileOf(dataset, 'missiongraph.nt').url)).text.trimEnd().split('\n');
    const malformed = ntriples.filter((line) => !TRIPLE.test(line));
    expect(malformed).toEqual([]);
    const jsonld = JSON.parse((await downloadText(server, fileOf(dataset, 'missiongraph.jsonld').url)).text);
    expect(jsonld['@graph'].length).toBe(await entities());
    expect(triplesOfJsonLd(jsonld).sort()).toEqual([...ntriples].sort());
    expect(ntriples).toEqual(expect.arrayContaining([
      `<${BASE}/entity/tianwen-2> <http://www.wikidata.org/prop/direct/P619> "2025-05-28"^^<http://www.w3.org/2001/XMLSchema#date> .`,
      `<${BASE}/entity/tianwen-2> <http://www.wikidata.org/prop/direct/P137> <${BASE}/entity/cnsa> .`,
      `<${BASE}/entity/tianwen-2-311p-arrival> <http://www.wikidata.org/prop/direct/P585> "2035"^^<http://www.w3.org/2001/XMLSchema#gYear> .`,
    ]));
  });
});

describe('the pages of the data', () => {
  it('/data/ lists each file with its checksum, the licence and a citation line naming the version', async () => {
    const response = await fetch(`${server.url}/data/`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const download of dataset.downloads) {
      expect(html).toContain(download.sha256);
      expect(html).toContain(`href="${new URL(download.url).pathname}"`);
    }
    expect(html).toContain(`Version ${dataset.version}, data as of ${dataset.asOf}. CC-BY-4.0. ${BASE}/data/`);
    expect((await fetch(`${server.url}/data/LICENSE-DATA`)).status).toBe(200);
    const sums = await (await fetch(`${server.url}/data/${dataset.version}/SHA256SUMS`)).text();
    expect(sums).toBe(dataset.downloads.map((download) => `${download.sha256}  ${download.url.split('/').pop()}\n`).join(''));
  });

  it('/data/latest/<file> leads to the current version, and a version that is not served is a 404', async () => {
    const latest = await fetch(`${server.url}/data/latest/edges.csv`, { redirect: 'manual' });
    expect(latest.status).toBe(302);
    expect(latest.headers.get('location')).toBe(`/data/${dataset.version}/edges.csv`);
    expect((await fetch(`${server.url}/data/1-000000000000/edges.csv`)).status).toBe(404);
    expect((await fetch(`${server.url}/data/${dataset.version}/secrets.csv`)).status).toBe(404);
  });

  it("/entity/<id> is the entity's JSON-LD for a machine, with the triples of the dump, and the explorer for a browser", async () => {
    const machine = await fetch(`${server.url}/entity/tianwen-2`, { headers: { accept: 'application/ld+json' } });
    expect(machine.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(machine.headers.get('vary')).toContain('Accept');
    const document = (await machine.json()) as { '@context': Record<string, any> } & Record<string, any>;
    expect(document['@id']).toBe(`${BASE}/entity/tianwen-2`);
    const ntriples = (await downloadText(server, fileOf(dataset, 'missiongraph.nt').url)).text.split('\n');
    expect(triplesOfJsonLd(document).sort()).toEqual(ntriples.filter((line) => line.startsWith(`<${BASE}/entity/tianwen-2> `)).sort());

    const browser = await fetch(`${server.url}/entity/tianwen-2`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/explore?focus=tianwen-2&select=tianwen-2');
    expect((await fetch(`${server.url}/entity/no-such-entity`, { headers: { accept: 'application/ld+json' } })).status).toBe(404);
  });
});
