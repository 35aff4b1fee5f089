import type { GraphRecord } from '../documents/graphDocument';
import type { KindModel } from '../documents/graphModel';
import { DownloadFile, DownloadSummary } from './downloadFile';

/** What every writer of a download knows besides the records. */
export interface SnapshotContext {
  /** The public address of the API, without a trailing slash: the entities' IRIs start with it. */
  baseUrl: string;
  /** Opens one of the format's files (its name as listed, "missions.csv"). */
  open(name: string, mediaType: string): DownloadFile;
  /** A scratch file the writer may fill and read back (GraphML's edges, written after its nodes). */
  scratchPath(name: string): string;
}

/**
 * One format being written from a snapshot: the kinds come in GRAPH_MODEL
 * order (agencies, targets, missions, events), each kind's records sorted by
 * id and in canonical form (every field, in record order).
 */
export interface SnapshotWriter {
  startKind?(model: KindModel): Promise<void> | void;
  record(model: KindModel, record: GraphRecord): Promise<void> | void;
  endKind?(model: KindModel): Promise<void> | void;
  finish(): Promise<DownloadSummary[]>;
  /** After a failure: stop writing (the folder is removed). */
  abandon(): void;
}

export interface DownloadFormat {
  /** As `npm run export -- --format <name>` names it. */
  name: string;
  /** The files it writes, in listing order: one, or one per table. */
  files: readonly { name: string; mediaType: string }[];
  open(context: SnapshotContext): SnapshotWriter;
}
