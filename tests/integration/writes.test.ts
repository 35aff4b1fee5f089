import { SCRATCH_ENV, takeTurnOnScratch, WRITE_TOKENS } from '../support/scratch';
import { startTestServer, TestServer } from '../support/testServer';
import { bookmarkCases } from '../writes/bookmarks.cases';
import { cachedReadCases } from '../writes/cachedReads.cases';
import { changeCases } from '../writes/changes.cases';
import { datasetCases } from '../writes/dataset.cases';
import { importCases } from '../writes/imports.cases';
import { lockCases } from '../writes/locks.cases';
import { mutationCases } from '../writes/mutations.cases';
import { paginationCases } from '../writes/pagination.cases';
import { subscriptionCases } from '../writes/subscriptions.cases';

/**
 * Every suite that writes, in one file so that they run one after the other
 * against the scratch Neo4j; the read-only suites beside them keep the curated
 * graph as it is. The import cases go first: they empty the database and fill it again.
 */
let server: TestServer;
let release: () => void;
beforeAll(async () => {
  release = await takeTurnOnScratch();
  // These suites test what the writes leave behind, not timeouts (timeouts.test.ts does): 50 concurrent upserts
  // of one id queue on its lock, and on a busy machine the last would pass the 5 s default.
  server = await startTestServer({ ...SCRATCH_ENV(), WRITE_TOKENS, TX_TIMEOUT_MS: '30000', REQUEST_TIMEOUT_MS: '60000' });
  // The turn may come after the live browser suite's (see takeTurnOnScratch).
}, 600_000);
afterAll(async () => {
  try {
    await server?.db.write({ cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'test-' DETACH DELETE n", params: {} });
    await server?.close();
  } finally {
    release?.();
  }
});

importCases(() => server);
mutationCases(() => server);
changeCases(() => server);
subscriptionCases(() => server);
bookmarkCases(() => server);
datasetCases(() => server);
cachedReadCases(() => server);
lockCases();
paginationCases(() => server);
