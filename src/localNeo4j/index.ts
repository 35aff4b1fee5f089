export { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './localServer';
export type { LocalNeo4j } from './localServer';
