/**
 * The fault suite: the API in a child process against a Neo4j of the suite's
 * own (.neo4j-fault), stopped and started under load. It needs nothing from
 * the main suites' global setup, and runs alone after them (`npm test`).
 */
const main = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: main.testEnvironment,
  transform: main.transform,
  moduleFileExtensions: main.moduleFileExtensions,
  roots: ['<rootDir>/tests/faults'],
  testTimeout: 180000,
  maxWorkers: 1,
};
