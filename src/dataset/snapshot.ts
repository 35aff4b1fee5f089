import type { GraphDatabase, Row } from '../db/graphDatabase';
import { canonicalRecord } from '../documents/canonical';
import type { GraphRecord } from '../documents/graphDocument';
import { GRAPH_MODEL } from '../documents/graphModel';
import { recordStatement } from '../writes/exportGraph';
import type { DownloadSummary } from './downloadFile';
import { GRAPH_VERSION, graphVersion, GraphVersion } from './graphVersion';
import { DownloadFormat, SnapshotContext } from './snapshotWriter';

/** A million entities take minutes to read and write out. */
const SNAPSHOT_TIMEOUT_MS = 1_800_000;
/** A graph written to all the time may move under every read; past this many tries the build gives up until asked again. */
const ATTEMPTS = 5;

class SnapshotMoved extends Error {}

export interface Snapshot {
  version: GraphVersion;
  files: DownloadSummary[];
}

async function rowsOf(rows: AsyncIterable<Row>): Promise<Row[]> {
  const all: Row[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/**
 * Writes the graph as it stands at one version in every format given, in one
 * read transaction, a record at a time. Neo4j reads what is committed as it
 * goes, so a write that commits meanwhile could show in part: the change
 * log's number is read before and after, and the whole is read again when it
 * moved. Every logged write raises it in its own transaction, so an unchanged
 * number means that no write committed in between.
 */
export async function writeSnapshot(db: GraphDatabase, formats: readonly DownloadFormat[], context: SnapshotContext): Promise<Snapshot> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.readStream(async (rows) => {
        const version = async (): Promise<GraphVersion> => graphVersion(await rowsOf(rows(GRAPH_VERSION)));
        const writers = formats.map((format) => format.open(context));
        try {
          const before = await version();
          for (const model of GRAPH_MODEL) {
            for (const writer of writers) await writer.startKind?.(model);
            for await (const row of rows(recordStatement(model))) {
              const record = canonicalRecord(model, row.record as GraphRecord);
              for (const writer of writers) await writer.record(model, record);
            }
            for (const writer of writers) await writer.endKind?.(model);
          }
          if ((await version()).version !== before.version) throw new SnapshotMoved();
          const files: DownloadSummary[] = [];
          for (const writer of writers) files.push(...(await writer.finish()));
          return { version: before, files };
        } catch (error) {
          for (const writer of writers) writer.abandon();
          throw error;
        }
      }, { timeoutMs: SNAPSHOT_TIMEOUT_MS });
    } catch (error) {
      if (!(error instanceof SnapshotMoved) || attempt === ATTEMPTS) throw error;
    }
  }
}
