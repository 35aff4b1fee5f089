/**
 * The suites that write use a second Neo4j, the scratch server, so that the
 * read-only suites running beside them keep seeing the curated graph as it is.
 */
export const WRITE_TOKENS = 'tester:editor:editor-token-0123456789,viewer:reader:reader-token-0123456789';

export const SCRATCH_ENV = (): NodeJS.ProcessEnv => {
  const uri = process.env.SCRATCH_NEO4J_URI;
  if (!uri) throw new Error('globalSetup should have set SCRATCH_NEO4J_URI');
  return { NEO4J_URI: uri, NEO4J_USER: process.env.SCRATCH_NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.SCRATCH_NEO4J_PASSWORD };
};

/**
 * Where the scratch server lives when the project runs it: beside the main one, on its own ports
 * (SCRATCH_LOCAL_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT move it, e.g. for a second checkout on one machine).
 */
export const LOCAL_SCRATCH = {
  LOCAL_NEO4J_HOME: process.env.SCRATCH_LOCAL_NEO4J_HOME ?? '.neo4j-scratch',
  LOCAL_NEO4J_BOLT_PORT: process.env.SCRATCH_LOCAL_NEO4J_BOLT_PORT ?? '7689',
  LOCAL_NEO4J_HTTP_PORT: process.env.SCRATCH_LOCAL_NEO4J_HTTP_PORT ?? '7476',
};

/** The fault tests' own local Neo4j, which they stop and start (FAULT_LOCAL_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT move it). */
export const LOCAL_FAULT = {
  LOCAL_NEO4J_HOME: process.env.FAULT_LOCAL_NEO4J_HOME ?? '.neo4j-fault',
  LOCAL_NEO4J_BOLT_PORT: process.env.FAULT_LOCAL_NEO4J_BOLT_PORT ?? '7717',
  LOCAL_NEO4J_HTTP_PORT: process.env.FAULT_LOCAL_NEO4J_HTTP_PORT ?? '7504',
};
