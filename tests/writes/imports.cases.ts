import { exportGraph } from '../../src/writes/exportGraph';
import { graphql, TestServer } from '../support/testServer';

/** Imports and exports; they empty the database and fill it again. */
export function importCases(scratch: () => TestServer): void {
  const server = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const SOURCE = ['https://example.org/bulk'];
  const IMPORT = `mutation ($input: GraphImportInput!, $dryRun: Boolean) {
    importGraph(input: $input, dryRun: $dryRun) { applied created updated unchanged errors } }`;
  const count = async (prefix: string) => {
    const [row] = await server.db.read({ cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', params: { prefix } });
    return row.n as number;
  };

  /** The change log's last sequence number, and what it holds after a given one, by kind. */
  const lastChange = async () => (await server.db.read({ cypher: 'MATCH (log:ChangeLog) RETURN log.last AS last', params: {} }))[0].last as number;
  const changesAfter = async (seq: number) =>
    server.db.read({
      cypher: 'MATCH (c:Change) WHERE c.seq > $seq RETURN c.kind AS kind, count(*) AS n, min(c.seq) AS first, max(c.seq) AS last, collect(DISTINCT c.by) AS by',
      params: { seq },
    });

  /** 5 000 targets and 5 000 missions that reference them. */
  function bulk() {
    const targets = Array.from({ length: 5000 }, (_, i) => ({ id: `test-bulk-target-${i}`, name: `Bulk target ${i}`, kind: 'ASTEROID', parent: 'sun', sources: SOURCE }));
    const missions = Array.from({ length: 5000 }, (_, i) => ({
      id: `test-bulk-mission-${i}`, name: `Bulk mission ${i}`, kinds: ['FLYBY'], status: 'COMPLETED', launchDate: '2001-01-01',
      agencies: ['nasa'], targets: [`test-bulk-target-${i}`], sources: SOURCE,
    }));
    return { targets, missions };
  }

  describe('export and import', () => {
    it('round-trips: export, import into an empty database, export again gives the same file', async () => {
      const first = JSON.stringify(await exportGraph(server.db), null, 2);
      await server.db.write({ cypher: 'MATCH (n:Entity) DETACH DELETE n', params: {} }, { timeoutMs: 120_000 });
      expect(await count('')).toBe(0);
      const { body } = await graphql(server, IMPORT, { input: JSON.parse(first) }, editor);
      expect(body.data!.importGraph.errors).toEqual([]);
      expect(body.data!.importGraph.applied).toBe(true);
      const second = JSON.stringify(await exportGraph(server.db), null, 2);
      expect(second).toBe(first);
      expect(JSON.parse(first).missions.length).toBeGreaterThan(30);
    }, 180_000);

    it('reports every problem of a bad import and writes nothing', async () => {
      const input = {
        agencies: [{ id: 'test-agency', name: 'A', sources: ['ftp://nope'] }],
        missions: [{ id: 'test-m', name: 'M', kinds: ['FLYBY'], status: 'ACTIVE', agencies: ['test-agency'], targets: ['test-nowhere'], sources: SOURCE }],
      };
      const { body } = await graphql(server, IMPORT, { input }, editor);
      expect(body.data!.importGraph).toMatchObject({ applied: false, created: 0 });
      expect(body.data!.importGraph.errors).toEqual(
        expect.arrayContaining([expect.stringMatching(/test-agency\.sources/), expect.stringMatching(/test-m\.targets refers to "test-nowhere"/)]),
      );
      expect(await count('test-')).toBe(0);
    });

    it('with one bad entity among 10 000 writes nothing and names it; without it writes all 10 000', async () => {
      const { targets, missions } = bulk();
      const before = await lastChange();
      const bad = { ...missions[4321], agencies: ['no-such-agency'] };
      const refused = await graphql(server, IMPORT, { input: { targets, missions: [...missions.slice(0, 4321), bad, ...missions.slice(4322)] } }, editor);
      expect(refused.body.data!.importGraph.applied).toBe(false);
      expect(refused.body.data!.importGraph.errors).toEqual(['test-bulk-mission-4321.agencies refers to "no-such-agency", which does not exist']);
      expect(await count('test-bulk-')).toBe(0);
      expect(await lastChange()).toBe(before);

      const dryRun = await graphql(server, IMPORT, { input: { targets, missions }, dryRun: true }, editor);
      expect(dryRun.body.data!.importGraph).toEqual({ applied: false, created: 10000, updated: 0, unchanged: 0, errors: [] });
      expect(await count('test-bulk-')).toBe(0);
      expect(await lastChange()).toBe(before);

      const accepted = await graphql(server, IMPORT, { input: { targets, missions } }, editor);
      expect(accepted.body.data!.importGraph).toEqual({ applied: true, created: 10000, updated: 0, unchanged: 0, errors: [] });
      expect(await count('test-bulk-')).toBe(10000);
      // The change log holds one entry per entity, numbered without a gap, written in the import's transaction.
      expect(await changesAfter(before)).toEqual([{ kind: 'CREATED', n: 10000, first: before + 1, last: before + 10000, by: ['tester'] }]);

      missions[0] = { ...missions[0], name: 'Renamed' };
      const again = await graphql(server, IMPORT, { input: { targets, missions } }, editor);
      expect(again.body.data!.importGraph).toEqual({ applied: true, created: 0, updated: 1, unchanged: 9999, errors: [] });
      expect(await changesAfter(before + 10000)).toEqual([{ kind: 'UPDATED', n: 1, first: before + 10001, last: before + 10001, by: ['tester'] }]);
      // Four imports of 20 000 entities: about 25 s on a quiet machine, more when the other suites run beside it.
    }, 240_000);

    it('refuses a public request body over 100 kB with 413, but lets an editor import', async () => {
      const big = JSON.stringify({ query: `{ mission(id: "${'x'.repeat(120_000)}") { id } }` });
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const asEditor = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...editor }, body: big });
      expect(asEditor.status).toBe(200);
    });
  });
}
