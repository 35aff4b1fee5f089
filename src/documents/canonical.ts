import { createHash } from 'node:crypto';
import type { Collection } from '../entities/entityKinds';
import { GraphDocument, GraphRecord } from './graphDocument';
import { GRAPH_MODEL, KindModel } from './graphModel';

/**
 * Every record with every field, absent ones as null or [], keys in record
 * order: what is written, what is exported, and what the content hash is taken
 * of, so that export -> import -> export gives the same file byte for byte.
 */
export function canonicalRecord(model: KindModel, record: GraphRecord): GraphRecord {
  const canonical: Record<string, unknown> = {};
  for (const [name, descriptor] of model.fields) {
    const many = descriptor.kind === 'relation' ? descriptor.spec.many : descriptor.storage !== 'value' && descriptor.storage !== 'date';
    canonical[name] = record[name] ?? (many ? [] : null);
  }
  return canonical as GraphRecord;
}

export type CanonicalGraph = Record<Collection, GraphRecord[]>;

export function canonicalGraph(document: Omit<GraphDocument, 'origins'>): CanonicalGraph {
  const byId = (records: GraphRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const graph = {} as CanonicalGraph;
  for (const model of GRAPH_MODEL) graph[model.collection] = byId((document[model.collection] ?? []).map((record) => canonicalRecord(model, record)));
  return graph;
}

/**
 * What a node is written from besides its record: raise it whenever a write
 * stores something new or differently (a derived property, a new storage), so
 * that every record is written once more and no node keeps the old form.
 */
export const WRITE_FORMAT = 2;

/** Stored on each node: a record whose hash is unchanged (and written in the same format) is not written again. */
export const contentHash = (record: object): string =>
  createHash('sha256').update(`${WRITE_FORMAT}\n${JSON.stringify(record)}`).digest('base64url').slice(0, 22);
