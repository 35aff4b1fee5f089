import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../localNeo4j';

/** npm run neo4j:start | neo4j:stop | neo4j:status */
async function main(command: string | undefined): Promise<void> {
  if (command === 'start') {
    const started = Date.now();
    const server = await startLocalNeo4j({ log: (line) => console.log(line) });
    const how = server.startedNow ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
    console.log(`Local Neo4j ${how}: ${server.uri} (user ${server.user}, password in .neo4j/password)`);
  } else if (command === 'stop') {
    console.log((await stopLocalNeo4j()) ? 'Local Neo4j stopped.' : 'The local Neo4j was not running.');
  } else if (command === 'status') {
    const status = await localNeo4jStatus();
    if (status.running) console.log(`Local Neo4j is running (pid ${status.pid}) on ${status.uri}; home ${status.home}`);
    else console.log(`Local Neo4j is not running; ${status.assembled ? 'assembled' : 'not yet assembled'} in ${status.home}`);
  } else {
    throw new Error('usage: neo4j start|stop|status');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
