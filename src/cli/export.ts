import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphDatabase } from '../app/bootstrap';
import { loadConfig } from '../app/config';
import { DownloadFile } from '../dataset/downloadFile';
import { DOWNLOAD_FORMATS, downloadFormat } from '../dataset/downloadFormats';
import { writeSnapshot } from '../dataset/snapshot';
import { createLogger } from '../observability/logger';

const USAGE = `usage: npm run export -- [--format ${DOWNLOAD_FORMATS.map((format) => format.name).join('|')}] <file, or folder for csv>`;

/**
 * npm run export -- [--format F] <path>: the whole graph in one of the formats
 * of the downloads, the same bytes /data/ serves (json, the default, is what
 * npm run import reads back). A format of several tables (csv) writes them into the folder <path>.
 */
async function main(args: string[]): Promise<void> {
  const formatAt = args.indexOf('--format');
  const format = downloadFormat(formatAt >= 0 ? (args[formatAt + 1] ?? '') : 'json');
  const paths = args.filter((arg, index) => !arg.startsWith('--') && (formatAt < 0 || index !== formatAt + 1));
  const path = paths.length === 1 ? paths[0] : undefined;
  if (!format || !path) throw new Error(USAGE);
  const several = format.files.length > 1;
  if (several) mkdirSync(path, { recursive: true });
  const started = Date.now();
  const config = loadConfig();
  const db = await openGraphDatabase(config, createLogger('warn'), { seedIfEmpty: false });
  const scratch = await mkdtemp(join(tmpdir(), 'missiongraph-export-'));
  try {
    const snapshot = await writeSnapshot(db, [format], {
      baseUrl: config.publicBaseUrl,
      open: (name, mediaType) => new DownloadFile(name, mediaType, several ? join(path, name) : path),
      scratchPath: (name) => join(scratch, name),
    });
    for (const file of snapshot.files) console.log(`${file.sha256}  ${several ? join(path, file.name) : path}  (${file.bytes} bytes)`);
    console.log(`Exported version ${snapshot.version.version} as ${format.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
