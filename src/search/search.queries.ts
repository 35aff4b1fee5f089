import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { checkFirst } from '../cypher/pageSize';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { EntityKind } from '../entities/entity.enums';
import { kindNames } from '../entities/entityKinds';
import { badUserInput } from '../errors/publicError';
import { luceneQuery } from './luceneQuery';

const MAX_TEXT = 200;
export const SEARCH_DEFAULT_FIRST = 10;

export async function search(context: GraphContext, info: GraphQLResolveInfo, text: string, kinds: EntityKind[] | null | undefined, first: number | null | undefined) {
  if (text.trim().length === 0) throw badUserInput('search text must not be empty.');
  if (text.length > MAX_TEXT) throw badUserInput(`search text must be at most ${MAX_TEXT} characters.`);
  const limit = checkFirst(first, SEARCH_DEFAULT_FIRST);
  const query = luceneQuery(text);
  if (query === null) return [];

  const statement = new StatementBuilder();
  const hit = new SelectionProjector(info, statement).projectRoot('null', { node: 'node', score: 'score' });
  // Deduplicated: [MISSION MISSION ...] x 2 000 once made a 2 000-term WHERE that Neo4j took seconds to plan.
  const labels = kinds && kinds.length > 0 ? [...new Set(kinds)].map((kind) => `node:${kindNames(kind).label}`).join(' OR ') : 'true';
  const rows = await context.db.read(
    statement.build(
      `CALL db.index.fulltext.queryNodes('entity_text', ${statement.param(query)}) YIELD node, score
       WHERE ${labels}
       WITH node, score ORDER BY score DESC, node.id LIMIT ${statement.intParam(limit)}
       RETURN ${hit} AS hit`,
    ),
  );
  return rows.map((row) => row.hit);
}
