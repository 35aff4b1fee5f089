import 'reflect-metadata';
import { openGraphDatabase } from '../app/bootstrap';
import { loadConfig } from '../app/config';
import { createLogger } from '../observability/logger';
import { checkSeed, loadSeed } from '../seed/loadSeed';
import { SeedError } from '../seed/seedFiles';

/** npm run seed: validate seed/ and load it (idempotent). npm run seed:check: validate only. */
async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const document = checkSeed();
  const counts = `${document.missions.length} missions, ${document.agencies.length} agencies, ${document.targets.length} targets, ${document.events.length} events`;
  if (checkOnly) {
    console.log(`seed/ is valid: ${counts}`);
    return;
  }
  const config = loadConfig();
  const db = await openGraphDatabase(config, createLogger('warn'), { seedIfEmpty: false });
  try {
    await loadSeed(db);
    console.log(`Loaded ${counts}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? error.message : (error as Error).message);
  process.exit(1);
});
