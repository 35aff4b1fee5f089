import { createDriver } from '../../src/db/driver';
import { graphql, startTestServer, TestServer } from '../support/testServer';
import { SCRATCH_ENV, WRITE_TOKENS } from '../support/scratch';

/** Writes that wait on a lock another transaction holds: the timeout ends them, and Neo4j lists them by request. */
export function lockCases(): void {
  let server: TestServer;
  const EDITOR = { authorization: 'Bearer editor-token-0123456789' };
  const ID = 'test-timeout-agency';
  const UPSERT = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id name } }';
  const input = (name: string) => ({ input: { id: ID, name, sources: ['https://example.org/timeout-test'] } });
  const holderDriver = () => createDriver({ uri: process.env.SCRATCH_NEO4J_URI!, user: process.env.SCRATCH_NEO4J_USER!, password: process.env.SCRATCH_NEO4J_PASSWORD! });

  beforeAll(async () => {
    server = await startTestServer({ ...SCRATCH_ENV(), WRITE_TOKENS, TX_TIMEOUT_MS: '1500' });
  });
  afterAll(() => server.close());

  describe('a statement that runs past the transaction timeout', () => {
    it('is ended in Neo4j, and the client gets TIMEOUT', async () => {
      // Another transaction holds the agency's lock, so the API's write waits on it past its timeout.
      // (The agency is made here, not through the API, whose 1.5 s timeout a busy server may not meet for a plain write.)
      const holder = holderDriver();
      await holder.executeQuery('MERGE (a:Entity:Agency {id: $id}) SET a.name = "Before", a.sources = ["https://example.org/timeout-test"]', { id: ID });
      const session = holder.session();
      const lock = session.beginTransaction({ metadata: { app: 'timeout-test' } });
      try {
        await lock.run('MATCH (a:Entity {id: $id}) SET a.lockedBy = "timeout-test"', { id: ID });
        const { body, text } = await graphql(server, UPSERT, input('Blocked'), EDITOR);
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
        expect(text).not.toMatch(/Neo4jError|MERGE|MATCH/);
        // Neo4j itself lists no transaction of the API still waiting on the lock: it was terminated, not abandoned.
        // (Other suites' API transactions may run on this server meanwhile; only those blocked by our lock count.)
        const holders = await holder.executeQuery("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'timeout-test' RETURN transactionId");
        expect(holders.records).toHaveLength(1);
        const { records } = await holder.executeQuery(
          "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'missiongraph' AND status CONTAINS $holder RETURN count(*) AS waiting",
          { holder: holders.records[0].get('transactionId') },
        );
        expect(records[0].get('waiting')).toBe(0);
      } finally {
        await lock.rollback();
        await session.close();
        await holder.executeQuery('MATCH (a:Entity {id: $id}) DETACH DELETE a', { id: ID });
        await holder.close();
      }
    });
  });

  describe('a write waiting on a lock', () => {
    it('is named in the transaction metadata by its request id, so SHOW TRANSACTIONS lists it', async () => {
      const requestId = 'test-lock-metadata';
      const holder = holderDriver();
      await holder.executeQuery('MERGE (a:Entity:Agency {id: $id}) SET a.name = "Before", a.sources = ["https://example.org/timeout-test"]', { id: ID });
      const session = holder.session();
      const lock = session.beginTransaction({ metadata: { app: 'lock-test' } });
      try {
        await lock.run('MATCH (a:Entity {id: $id}) SET a.lockedBy = "lock-test"', { id: ID });
        const upsert = graphql(server, UPSERT, input('Waiting'), { ...EDITOR, 'x-request-id': requestId });
        let listed = 0;
        for (let attempt = 0; attempt < 40 && listed === 0; attempt += 1) {
          const { records } = await holder.executeQuery(
            'SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = $requestId AND metaData.app = "missiongraph" RETURN count(*) AS listed',
            { requestId },
          );
          listed = Number(records[0].get('listed'));
          if (listed === 0) await new Promise((resolve) => setTimeout(resolve, 25));
        }
        expect(listed).toBe(1);
        await lock.rollback();
        await upsert;
      } finally {
        await session.close();
        await holder.executeQuery('MATCH (a:Entity {id: $id}) DETACH DELETE a', { id: ID });
        await holder.close();
      }
    });
  });
}
