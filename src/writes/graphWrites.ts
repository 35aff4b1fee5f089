import { GraphQLResolveInfo } from 'graphql';
import { requireEditor } from '../auth/requireEditor';
import { ErrorCode } from '../common/errorCodes';
import { badUserInput, PublicError } from '../common/publicError';
import { GraphContext } from '../context';
import { compileLookup } from '../graph/lookup';
import { NodeLabel } from '../graph/model';
import { GraphDocument } from '../seed/graphDocument';
import { importDocument } from './importDocument';

type Kind = 'agencies' | 'targets' | 'missions' | 'events';
const LABELS: Record<Kind, NodeLabel> = { agencies: 'Agency', targets: 'Target', missions: 'Mission', events: 'Event' };
/** Imports may be large; a request-sized timeout would refuse them half-way through validation. */
const IMPORT_TIMEOUT_MS = 300_000;

/** Strips the input classes to plain records, dropping fields the client left out. */
const plain = <T extends object>(records: readonly T[] | null | undefined): never[] =>
  (records ?? []).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))) as never[];

export function documentOf(input: Partial<Record<Kind, readonly object[] | null>>): GraphDocument {
  return {
    agencies: plain(input.agencies),
    targets: plain(input.targets),
    missions: plain(input.missions),
    events: plain(input.events),
    origins: new Map(),
  };
}

/** Creates or replaces one entity and answers it, read back in the same transaction. */
export async function upsert(context: GraphContext, info: GraphQLResolveInfo, kind: Kind, input: { id: string }) {
  const writer = requireEditor(context.writeTokens, context.authorization);
  const outcome = await importDocument(context.db, documentOf({ [kind]: [input] }), {
    updatedBy: writer.name,
    readBack: compileLookup(info, LABELS[kind], input.id),
    log: context.cypherLog,
  });
  if (!outcome.applied) throw badUserInput(outcome.errors.join('; '));
  return outcome.readBack?.[0]?.node;
}

export async function importGraph(context: GraphContext, input: Partial<Record<Kind, readonly object[] | null>>, dryRun: boolean) {
  const writer = requireEditor(context.writeTokens, context.authorization);
  return importDocument(context.db, documentOf(input), {
    updatedBy: writer.name,
    dryRun,
    timeoutMs: IMPORT_TIMEOUT_MS,
    log: context.cypherLog,
  });
}

/**
 * Removes the entity and its relationships (a mission, its events too). What
 * pointed at it is marked changed, so importing it again restores its links.
 */
export async function deleteEntity(context: GraphContext, id: string): Promise<boolean> {
  requireEditor(context.writeTokens, context.authorization);
  const [row] = await context.db.write(
    {
      cypher: `OPTIONAL MATCH (n:Entity {id: $id})
        CALL (n) {
          WITH n WHERE n IS NOT NULL
          OPTIONAL MATCH (n:Mission)-[:HAS_EVENT]->(event:Event)
          WITH n, collect(event) AS events
          CALL (n, events) {
            UNWIND [n] + events AS gone
            MATCH (gone)--(neighbour:Entity) WHERE neighbour <> n AND NOT neighbour IN events
            SET neighbour.contentHash = null
          }
          FOREACH (event IN events | DETACH DELETE event)
          DETACH DELETE n
          RETURN true AS deleted
        }
        RETURN deleted`,
      params: { id },
    },
    context.cypherLog,
  ).then((rows) => (rows.length > 0 ? rows : [{ deleted: false }]));
  if (!row.deleted) throw new PublicError(ErrorCode.NOT_FOUND, `No entity has the id "${id}".`);
  return true;
}
