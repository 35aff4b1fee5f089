import { stopBenchNeo4j } from './benchNeo4j';
import { Instance, stopInstance } from './servers';

/** The end of a bench tool's run: its servers stopped, and the bench Neo4j too unless --keep-neo4j asks to keep it for the next tool. */
export async function stopBenchRun(instances: Instance[]): Promise<void> {
  await Promise.all(instances.map(stopInstance));
  if (!process.argv.includes('--keep-neo4j')) await stopBenchNeo4j();
}

/** Runs a bench tool's main; a failure is printed and ends the process with status 1. */
export function runBenchTool(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
