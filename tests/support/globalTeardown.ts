import { stopLocalNeo4j } from '../../src/localNeo4j';

/** Stops the local Neo4j only when this test run started it; a server you started yourself keeps running. */
export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { stopNeo4jAfterTests?: boolean }).stopNeo4jAfterTests) await stopLocalNeo4j();
}
