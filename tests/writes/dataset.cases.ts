import { currentDataset, downloadText, fetchDownload, fileOf } from '../support/downloads';
import { graphql, TestServer } from '../support/testServer';

/** The downloads follow the graph: a write makes a new version, and the JSON download imports back to the same graph. */
export function datasetCases(scratch: () => TestServer): void {
  const server = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const CHANGES = 'query ($after: String) { changes(after: $after) { nodes { kind entityId } } }';
  const IMPORT = 'mutation ($input: GraphImportInput!) { importGraph(input: $input) { applied errors } }';

  describe('the downloads after a write', () => {
    it('come in a new version that holds the write; the old downloads\' cursor reads exactly what came since', async () => {
      const before = await currentDataset(server);
      const { body } = await graphql(server, 'mutation { upsertAgency(input: { id: "test-dataset-agency", name: "Dataset Test Agency", sources: ["https://example.org/dataset"] }) { id } }', {}, editor);
      expect(body.errors).toBeUndefined();

      const after = await currentDataset(server);
      expect(after.version).not.toBe(before.version);
      expect((await downloadText(server, fileOf(after, 'agencies.csv').url)).text).toContain('test-dataset-agency,Agency,Dataset Test Agency');
      const since = await graphql<{ changes: { nodes: { kind: string; entityId: string }[] } }>(server, CHANGES, { after: before.downloadsCursor });
      expect(since.body.data!.changes.nodes).toEqual([{ kind: 'CREATED', entityId: 'test-dataset-agency' }]);
      // The old version's files are not kept once the new ones are built.
      expect((await fetchDownload(server, fileOf(before, 'edges.csv').url)).status).toBe(404);
    }, 300_000);

    it('JSON: imported into an empty database, it gives back the same file (another version of the same graph)', async () => {
      const before = await currentDataset(server);
      const json = await downloadText(server, fileOf(before, 'missiongraph.json').url);
      expect(json.sha256).toBe(fileOf(before, 'missiongraph.json').sha256);
      await server.db.write({ cypher: 'MATCH (n:Entity) DETACH DELETE n', params: {} }, { timeoutMs: 120_000 });
      const imported = await graphql(server, IMPORT, { input: JSON.parse(json.text) }, editor);
      expect(imported.body.data!.importGraph).toEqual({ applied: true, errors: [] });

      const after = await currentDataset(server);
      expect(after.version).not.toBe(before.version);
      expect(fileOf(after, 'missiongraph.json').sha256).toBe(fileOf(before, 'missiongraph.json').sha256);
      expect((await downloadText(server, fileOf(after, 'missiongraph.json').url)).sha256).toBe(json.sha256);
    }, 300_000);
  });
}
