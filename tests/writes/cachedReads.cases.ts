import { createHash } from 'node:crypto';
import { graphql, TestServer } from '../support/testServer';

/** A kept GET answer is forgotten when this process writes: the next GET reads the write. */
export function cachedReadCases(scratch: () => TestServer): void {
  const server = new Proxy({} as TestServer, { get: (_target, key) => scratch()[key as keyof TestServer] });
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const QUERY = 'query AgencyName($id: ID!) { agency(id: $id) { name } }';
  const UPSERT = 'mutation ($name: String!) { upsertAgency(input: { id: "test-cached-agency", name: $name, sources: ["https://example.org/cached"] }) { id } }';

  const read = async () => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('query', QUERY);
    url.searchParams.set('variables', JSON.stringify({ id: 'test-cached-agency' }));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(QUERY).digest('hex') } }));
    const response = await fetch(url);
    return { etag: response.headers.get('etag'), name: ((await response.json()) as { data: { agency: { name: string } } }).data.agency.name };
  };

  describe('GET reads after a write', () => {
    it('a write through this server forgets the answers it kept: the next GET has the new name and another ETag', async () => {
      expect((await graphql(server, UPSERT, { name: 'Cached Agency' }, editor)).body.errors).toBeUndefined();
      const before = await read();
      expect(before.name).toBe('Cached Agency');
      expect((await read()).etag).toBe(before.etag);

      expect((await graphql(server, UPSERT, { name: 'Renamed Cached Agency' }, editor)).body.errors).toBeUndefined();
      const after = await read();
      expect(after.name).toBe('Renamed Cached Agency');
      expect(after.etag).not.toBe(before.etag);
    });
  });
}
