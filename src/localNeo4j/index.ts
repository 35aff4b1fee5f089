export { localNeo4jPaths } from './paths';
export { startLocalNeo4j } from './start';
export type { LocalNeo4j, StartOptions } from './start';
export { localNeo4jStatus } from './status';
export type { LocalNeo4jStatus } from './status';
export { stopLocalNeo4j } from './stop';
