import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { checkFirst } from '../common/pagination';
import { badUserInput } from '../common/publicError';
import { GraphContext } from '../context';
import { EntityKind } from '../entities/entity.enums';
import { NodeLabel } from '../graph/model';
import { SelectionCompiler } from '../graph/selectionCompiler';
import { mapKey, StatementBuilder } from '../graph/statementBuilder';
import { luceneQuery } from './luceneQuery';

const MAX_TEXT = 200;
const KIND_LABELS: Record<EntityKind, NodeLabel> = { MISSION: 'Mission', AGENCY: 'Agency', TARGET: 'Target', EVENT: 'Event' };

export async function search(context: GraphContext, info: GraphQLResolveInfo, text: string, kinds: EntityKind[] | null | undefined, first: number | null | undefined) {
  if (text.trim().length === 0) throw badUserInput('search text must not be empty.');
  if (text.length > MAX_TEXT) throw badUserInput(`search text must be at most ${MAX_TEXT} characters.`);
  const limit = checkFirst(first, 10);
  const query = luceneQuery(text);
  if (query === null) return [];

  const statement = new StatementBuilder();
  const compiler = new SelectionCompiler(info, statement);
  const hitType = getNamedType(info.returnType) as GraphQLObjectType;
  const entries: string[] = [];
  for (const [key, nodes] of compiler.subfields(hitType, info.fieldNodes)) {
    const field = nodes[0].name.value;
    if (field === 'score') entries.push(`${mapKey(key)}: score`);
    if (field === 'entity') entries.push(`${mapKey(key)}: ${compiler.project('node', getNamedType(hitType.getFields().entity.type), nodes)}`);
  }
  // Deduplicated: [MISSION MISSION ...] x 2 000 once made a 2 000-term WHERE that Neo4j took seconds to plan.
  const labels = kinds && kinds.length > 0 ? [...new Set(kinds)].map((kind) => `node:${KIND_LABELS[kind]}`).join(' OR ') : 'true';
  const rows = await context.db.read(
    statement.build(
      `CALL db.index.fulltext.queryNodes('entity_text', ${statement.param(query)}) YIELD node, score
       WHERE ${labels}
       WITH node, score ORDER BY score DESC, node.id LIMIT ${statement.intParam(limit)}
       RETURN { ${entries.join(', ')} } AS hit`,
    ),
    context.cypherLog,
  );
  return rows.map((row) => row.hit);
}
