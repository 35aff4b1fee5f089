import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { openGraphDatabase } from '../app/bootstrap';
import { loadConfig } from '../app/config';
import { createLogger } from '../observability/logger';
import { exportGraph } from '../writes/exportGraph';

/** npm run export -- <file.json>: the whole graph in the importGraph format, sorted by id. */
async function main(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new Error('usage: npm run export -- <file.json>');
  const started = Date.now();
  const db = await openGraphDatabase(loadConfig(), createLogger('warn'), { seedIfEmpty: false });
  try {
    const graph = await exportGraph(db);
    writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
    const counts = `${graph.missions.length} missions, ${graph.agencies.length} agencies, ${graph.targets.length} targets, ${graph.events.length} events`;
    console.log(`Exported ${counts} to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
