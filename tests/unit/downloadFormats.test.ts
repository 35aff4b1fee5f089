import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalGraph } from '../../src/documents/canonical';
import { GraphRecord } from '../../src/documents/graphDocument';
import { GRAPH_MODEL } from '../../src/documents/graphModel';
import { DownloadFile } from '../../src/dataset/downloadFile';
import { downloadFormat } from '../../src/dataset/downloadFormats';
import { DownloadFormat } from '../../src/dataset/snapshotWriter';

/** A small graph with the awkward values: quotes, commas, line breaks, markup, a name in Chinese, an event known to the year. */
const GRAPH = canonicalGraph({
  agencies: [{ id: 'cnsa', name: 'China National Space Administration', abbreviation: 'CNSA', country: 'CN', names: [{ language: 'zh-Hans', text: '国家航天局' }], sources: ['https://example.org/cnsa'] }],
  targets: [],
  missions: [{
    id: 'tianwen-2', name: 'Tianwen-2', aliases: ['Tianwen 2', 'ZhengHe'], summary: 'A "sample", return\nmission <to> 2016 HO3 & back', kinds: ['SAMPLE_RETURN'],
    status: 'ACTIVE', launchDate: '2025-05-28', agencies: ['cnsa'], targets: [], externalIds: [{ scheme: 'COSPAR', value: '2025-110A' }, { scheme: 'WIKIDATA', value: 'Q1' }], sources: ['https://example.org/a b'],
  }],
  events: [{ id: 'tianwen-2-arrival', name: 'Arrival', mission: 'tianwen-2', type: 'ARRIVAL', date: '2035-01-01', datePrecision: 'YEAR', planned: true, distanceKm: 1.5, targets: [], sources: ['https://example.org/e'] }],
});

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'download-formats-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function write(format: DownloadFormat): Promise<Record<string, string>> {
  const writer = format.open({
    baseUrl: 'https://mg.example',
    open: (name, mediaType) => new DownloadFile(name, mediaType, join(dir, name)),
    scratchPath: (name) => join(dir, `scratch-${name}`),
  });
  for (const model of GRAPH_MODEL) {
    await writer.startKind?.(model);
    for (const record of GRAPH[model.collection]) await writer.record(model, record as GraphRecord);
    await writer.endKind?.(model);
  }
  const files = await writer.finish();
  return Object.fromEntries(files.map((file) => [file.name, readFileSync(join(dir, file.name), 'utf8')]));
}

describe('the download formats', () => {
  it('json is byte for byte what JSON.stringify(graph, null, 2) gives, an empty kind included', async () => {
    const files = await write(downloadFormat('json')!);
    expect(files['missiongraph.json']).toBe(`${JSON.stringify(GRAPH, null, 2)}\n`);
  });

  it('csv quotes what needs quoting (RFC 4180) and joins lists with |', async () => {
    const files = await write(downloadFormat('csv')!);
    expect(files['missions.csv'].split('\r\n')[0]).toBe('id,category,name,aliases,summary,kinds,status,launchDate,endDate,externalIds,names,sources');
    expect(files['missions.csv']).toContain('tianwen-2,Mission,Tianwen-2,Tianwen 2|ZhengHe,"A ""sample"", return\nmission <to> 2016 HO3 & back",SAMPLE_RETURN,ACTIVE,2025-05-28,,COSPAR:2025-110A|WIKIDATA:Q1,,https://example.org/a b\r\n');
    expect(files['targets.csv']).toBe('id,category,name,kind,designation,aliases,description,externalIds,names,sources\r\n');
    expect(files['edges.csv']).toBe('subject,predicate,object,order\r\ntianwen-2,OPERATED_BY,cnsa,0\r\ntianwen-2,HAS_EVENT,tianwen-2-arrival,\r\n');
  });

  it('graphml escapes markup and writes the edges after every node', async () => {
    const graphml = (await write(downloadFormat('graphml')!))['missiongraph.graphml'];
    expect(graphml).toContain('<data key="node.summary">A &quot;sample&quot;, return\nmission &lt;to&gt; 2016 HO3 &amp; back</data>');
    expect(graphml).toContain('<data key="node.planned">true</data><data key="node.distanceKm">1.5</data>');
    expect(graphml.lastIndexOf('<node ')).toBeLessThan(graphml.indexOf('<edge '));
  });

  it('n-triples escape literals, percent-encode what an IRI cannot hold, and type dates by their precision', async () => {
    const lines = (await write(downloadFormat('ntriples')!))['missiongraph.nt'].trimEnd().split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      '<https://mg.example/entity/tianwen-2> <http://schema.org/description> "A \\"sample\\", return\\nmission <to> 2016 HO3 & back" .',
      '<https://mg.example/entity/tianwen-2> <http://purl.org/dc/terms/source> <https://example.org/a%20b> .',
      '<https://mg.example/entity/tianwen-2> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q1> .',
      '<https://mg.example/entity/tianwen-2> <http://www.wikidata.org/prop/direct/P247> "2025-110A" .',
      '<https://mg.example/entity/cnsa> <http://www.w3.org/2000/01/rdf-schema#label> "国家航天局"@zh-Hans .',
      '<https://mg.example/entity/tianwen-2-arrival> <http://www.wikidata.org/prop/direct/P585> "2035"^^<http://www.w3.org/2001/XMLSchema#gYear> .',
      '<https://mg.example/entity/tianwen-2-arrival> <https://mg.example/vocab/planned> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .',
      '<https://mg.example/entity/tianwen-2-arrival> <https://mg.example/vocab/distanceKm> "1.5"^^<http://www.w3.org/2001/XMLSchema#double> .',
      '<https://mg.example/entity/tianwen-2-arrival> <http://www.wikidata.org/prop/direct/P361> <https://mg.example/entity/tianwen-2> .',
    ]));
  });
});
