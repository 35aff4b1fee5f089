import type { Collection } from '../entities/entityKinds';

/**
 * One record of the graph's documents (seed files, imports, mutation inputs,
 * exports): an entity's fields as entities/*.fields.ts describe them, the ids
 * of what it refers to included. Untrusted until validated.
 */
export interface GraphRecord {
  id: string;
  [field: string]: unknown;
}

/** The curated graph in the shape of the contract's GraphImportInput, flattened. */
export type GraphDocument = Record<Collection, GraphRecord[]> & {
  /** Where each id was read from, for error messages: "seed/missions/tianwen-2.json". */
  origins: Map<string, string>;
};

export const emptyDocument = (): GraphDocument => ({ agencies: [], targets: [], missions: [], events: [], origins: new Map() });
