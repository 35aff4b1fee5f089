import { GraphQLResolveInfo } from 'graphql';
import { requireEditor } from '../auth/requireEditor';
import { appendChanges, entityKindOf } from '../changes/changeLog';
import type { GraphContext } from '../context';
import { compileLookup } from '../cypher/lookup';
import { Label, Rel } from '../cypher/vocabulary';
import { GraphDocument } from '../documents/graphDocument';
import { GRAPH_MODEL } from '../documents/graphModel';
import { Collection, kindOfCollection } from '../entities/entityKinds';
import { ErrorCode } from '../errors/errorCodes';
import { badUserInput, PublicError } from '../errors/publicError';
import { importDocument } from './importDocument';

/** Imports may be large; a request-sized timeout would refuse them half-way through validation. */
const IMPORT_TIMEOUT_MS = 300_000;

/** Strips the input classes to plain records, dropping fields the client left out. */
const plain = (records: readonly object[] | null | undefined): GraphDocument[Collection] =>
  (records ?? []).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))) as never;

export function documentOf(input: Partial<Record<Collection, readonly object[] | null>>): GraphDocument {
  const document = { origins: new Map() } as GraphDocument;
  for (const { collection } of GRAPH_MODEL) document[collection] = plain(input[collection]);
  return document;
}

/** Creates or replaces one entity and answers it, read back in the same transaction. */
export async function upsert(context: GraphContext, info: GraphQLResolveInfo, collection: Collection, input: { id: string }) {
  const writer = requireEditor(context.writeTokens, context.authorization);
  const outcome = await importDocument(context.db, documentOf({ [collection]: [input] }), {
    updatedBy: writer.name,
    readBack: compileLookup(info, kindOfCollection(collection).label, input.id),
  });
  if (!outcome.applied) throw badUserInput(outcome.errors.join('; '));
  return outcome.readBack?.[0]?.node;
}

export async function importGraph(context: GraphContext, input: Partial<Record<Collection, readonly object[] | null>>, dryRun: boolean) {
  const writer = requireEditor(context.writeTokens, context.authorization);
  return importDocument(context.db, documentOf(input), { updatedBy: writer.name, dryRun, timeoutMs: IMPORT_TIMEOUT_MS });
}

/**
 * Removes the entity and its relationships (a mission, its events too). What
 * pointed at it is marked changed, so importing it again restores its links,
 * and logged as UPDATED: its record (a mission's agencies, say) lost the link.
 */
export async function deleteEntity(context: GraphContext, id: string): Promise<boolean> {
  const writer = requireEditor(context.writeTokens, context.authorization);
  const rows = await context.db.write({
    cypher: `OPTIONAL MATCH (n:${Label.Entity} {id: $id})
      CALL (n) {
        WITH n WHERE n IS NOT NULL
        OPTIONAL MATCH (n:${Label.Mission})-[:${Rel.HAS_EVENT}]->(event:${Label.Event})
        WITH n, collect(event) AS events
        CALL (n, events) {
          UNWIND [n] + events AS gone
          MATCH (gone)--(neighbour:${Label.Entity}) WHERE neighbour <> n AND NOT neighbour IN events
          SET neighbour.contentHash = null
          RETURN collect(DISTINCT neighbour) AS neighbours
        }
        WITH n, events, [gone IN [n] + events | { kind: 'DELETED', id: gone.id, entityKind: ${entityKindOf('gone')} }]
          + [other IN neighbours | { kind: 'UPDATED', id: other.id, entityKind: ${entityKindOf('other')} }] AS changes
        FOREACH (event IN events | DETACH DELETE event)
        DETACH DELETE n
        WITH changes
        ${appendChanges('changes', '$by', ['changes'])}
        RETURN true AS deleted
      }
      RETURN deleted`,
    params: { id, by: writer.name },
  });
  if (!rows[0]?.deleted) throw new PublicError(ErrorCode.NOT_FOUND, `No entity has the id "${id}".`);
  return true;
}
