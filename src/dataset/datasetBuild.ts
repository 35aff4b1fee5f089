import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphDatabase } from '../db/graphDatabase';
import { DownloadFile, DownloadSummary } from './downloadFile';
import { DOWNLOAD_FORMATS } from './downloadFormats';
import { GraphVersion } from './graphVersion';
import { Encoding, precompress } from './precompress';
import { writeSnapshot } from './snapshot';

export interface BuiltFile extends DownloadSummary {
  /** The size of each pre-compressed copy. */
  encoded: Record<Encoding, number>;
}

/** The downloads of one version, in a folder of their own named by the version. */
export interface BuiltDataset {
  version: GraphVersion;
  dir: string;
  files: BuiltFile[];
  /** How long the build took, snapshot and compression. */
  ms: number;
}

/**
 * Writes every download of the graph's current version into `root`/<version>:
 * built in a folder of its own and renamed when whole, so that no reader
 * meets half a file.
 */
export async function buildDataset(db: GraphDatabase, root: string, baseUrl: string): Promise<BuiltDataset> {
  const started = Date.now();
  const building = await mkdtemp(join(root, 'building-'));
  const scratch = join(building, '.scratch');
  try {
    await mkdir(scratch);
    const snapshot = await writeSnapshot(db, DOWNLOAD_FORMATS, {
      baseUrl,
      open: (name, mediaType) => new DownloadFile(name, mediaType, join(building, name)),
      scratchPath: (name) => join(scratch, name),
    });
    const files: BuiltFile[] = [];
    for (const file of snapshot.files) files.push({ ...file, encoded: await precompress(join(building, file.name), file.bytes) });
    await rm(scratch, { recursive: true, force: true });
    const dir = join(root, snapshot.version.version);
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
    return { version: snapshot.version, dir, files, ms: Date.now() - started };
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}
