/**
 * Four projects, each runnable alone with `npx jest --selectProjects <name>`:
 *   unit         pure parts and the Cypher snapshots, no database anywhere (seconds);
 *   integration  real HTTP against the real Neo4j the global setup starts and seeds;
 *   browser      the explorer, the widget and GraphiQL in headless Chromium, against the same;
 *   faults       the API in a child process while its own Neo4j is stopped and started:
 *                it runs alone, after the others, and one file at a time (npm test, npm run test:faults):
 *                it times the event loop, and the SIGTERM-during-writes file loads the machine.
 */
// Each file is transpiled on its own (fast); `npm test` type-checks the whole project once first.
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // type-graphql's decorators need the metadata polyfill before any GraphQL type is declared, as src/index.ts loads it.
  setupFiles: ['reflect-metadata'],
};

// Starts (or reuses) the real Neo4j, applies migrations and loads the curated graph, once for both projects.
const withNeo4j = {
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // A real database on a shared machine: generous, and the fault suite sets its own.
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    { ...base, ...withNeo4j, displayName: 'integration', roots: ['<rootDir>/tests/integration', '<rootDir>/tests/contract'] },
    // Auto-waiting expect(locator) assertions and a bound for slow pages: a browser test waits for what it reads, never for a time.
    { ...base, ...withNeo4j, displayName: 'browser', roots: ['<rootDir>/tests/browser'], setupFilesAfterEnv: ['<rootDir>/tests/support/browserSetup.ts'] },
    { ...base, displayName: 'faults', roots: ['<rootDir>/tests/faults'] },
  ],
};
