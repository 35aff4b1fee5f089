import { isAbsolute, relative } from 'node:path';
import { localNeo4jPaths, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../localNeo4j';

/** npm run neo4j:start | neo4j:stop | neo4j:status — the project's own local Neo4j. */
async function main(command: string | undefined): Promise<void> {
  if (command === 'start') return start();
  if (command === 'stop') return stop();
  if (command === 'status') return status();
  throw new Error('usage: node dist/src/cli/neo4j.js start|stop|status');
}

async function start(): Promise<void> {
  const began = Date.now();
  const server = await startLocalNeo4j({ log: (line) => console.log(line) });
  console.log(server.startedNow ? `Local Neo4j started in ${secondsSince(began)} s.` : 'Local Neo4j is already running.');
  console.log(`  uri:      ${server.uri}`);
  console.log(`  user:     ${server.user}`);
  console.log(`  password: in ${shown(localNeo4jPaths().passwordFile)}`);
}

async function stop(): Promise<void> {
  const began = Date.now();
  const stopped = await stopLocalNeo4j();
  console.log(stopped ? `Local Neo4j stopped in ${secondsSince(began)} s.` : 'Local Neo4j was not running.');
}

async function status(): Promise<void> {
  const paths = localNeo4jPaths();
  const state = await localNeo4jStatus();
  if (state.running) {
    console.log(`Local Neo4j ${state.version} is running (pid ${state.pid}) on ${state.uri}, user neo4j, password in ${shown(paths.passwordFile)}.`);
  } else if (state.pid !== undefined) {
    console.log(`Local Neo4j (pid ${state.pid}) does not answer on ${state.uri} yet: it is starting, or see ${shown(paths.logs)}.`);
  } else if (state.assembled) {
    console.log(`Local Neo4j is stopped (Neo4j ${state.version} assembled in ${shown(paths.home)}).`);
  } else {
    console.log(`Local Neo4j is stopped and not assembled yet; the first start assembles it into ${shown(paths.home)}.`);
  }
}

const secondsSince = (start: number): string => ((Date.now() - start) / 1000).toFixed(1);

function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : path;
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
