/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Starts (or reuses) the real Neo4j, applies migrations and loads the curated graph once.
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  // The fault suite stops and starts a Neo4j and counts how fast answers come back: it runs
  // afterwards, alone (jest.faults.config.js), so the other suites' load does not skew it.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/faults/'],
};
