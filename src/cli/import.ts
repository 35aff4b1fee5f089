import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { openGraphDatabase } from '../app/bootstrap';
import { loadConfig } from '../app/config';
import { createLogger } from '../observability/logger';
import { documentOf } from '../writes/graphWrites';
import { importDocument } from '../writes/importDocument';

const IMPORT_TIMEOUT_MS = 600_000;

/** npm run import -- <file.json> [--dry-run]: the importGraph format, all or nothing. */
async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new Error('usage: npm run import -- <file.json> [--dry-run]');
  const started = Date.now();
  const step = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
  const input = JSON.parse(readFileSync(file, 'utf8'));
  const document = documentOf(input);
  const total = document.agencies.length + document.targets.length + document.missions.length + document.events.length;
  step(`Read ${total} entities from ${file}; validating${dryRun ? ' (dry run)' : ' and writing'}...`);
  const db = await openGraphDatabase(loadConfig(), createLogger('warn'), { seedIfEmpty: false });
  try {
    const report = await importDocument(db, document, { updatedBy: 'import', dryRun, timeoutMs: IMPORT_TIMEOUT_MS });
    if (report.errors.length > 0) {
      console.error(`Nothing was written: ${report.errors.length} problem(s):\n  - ${report.errors.join('\n  - ')}`);
      return 1;
    }
    const verb = report.applied ? 'Imported' : 'Would import';
    step(`${verb}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
