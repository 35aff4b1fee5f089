import { stopLocalNeo4j } from '../../src/localNeo4j';

/** Stops the local servers this test run started; one you started yourself keeps running. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { neo4jStartedByTests?: NodeJS.ProcessEnv[] }).neo4jStartedByTests ?? [];
  await Promise.all(started.map((env) => stopLocalNeo4j(env)));
}
