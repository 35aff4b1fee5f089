import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { decodeCursor } from '../cypher/cursor';
import { checkFirst } from '../cypher/pageSize';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { EntityKind } from '../entities/entity.enums';
import { kindNames } from '../entities/entityKinds';
import { readRoot } from '../entities/entity.queries';
import { badUserInput } from '../errors/publicError';
import { cjkQuery, luceneQuery, suggestionQuery } from './luceneQuery';
import { hitCursor } from './searchConnection.type';

const MAX_TEXT = 200;
export const SEARCH_DEFAULT_FIRST = 10;
/** Each index answers at most this many hits: the ranking and its total stop there. */
const MAX_HITS = 1000;
const SUGGESTIONS = 3;
const SEARCH_ORDER = 'SCORE_DESC';

export interface SearchArgs {
  text: string;
  kinds?: EntityKind[] | null;
  first?: number | null;
  after?: string | null;
}

function checkText(text: string): void {
  if (text.trim().length === 0) throw badUserInput('search text must not be empty.');
  if (text.length > MAX_TEXT) throw badUserInput(`search text must be at most ${MAX_TEXT} characters.`);
}

/**
 * The hits of both full-text indexes as rows (node, score), best first, of
 * the kinds asked for: the names and words index, and, when the text is
 * Chinese, Japanese or Korean, the index that reads those in pairs of characters.
 */
function ranked(statement: StatementBuilder, args: SearchArgs, query: string): string {
  const options = `{limit: ${statement.intParam(MAX_HITS)}}`;
  const cjk = cjkQuery(args.text);
  const calls = [`CALL db.index.fulltext.queryNodes('entity_text', ${statement.param(query)}, ${options}) YIELD node, score RETURN node, score`];
  if (cjk) calls.push(`CALL db.index.fulltext.queryNodes('entity_cjk', ${statement.param(cjk)}, ${options}) YIELD node, score RETURN node, score`);
  // Deduplicated: [MISSION MISSION ...] x 2 000 once made a 2 000-term WHERE that Neo4j took seconds to plan.
  const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].map((kind) => `node:${kindNames(kind).label}`).join(' OR ') : 'true';
  // A hit whose name, abbreviation, designation, alias or native name is exactly what was typed comes first: "mars" is the planet, before Mars 96.
  const exact = statement.param(args.text.trim().toLowerCase());
  const named = `(toLower(node.name) = ${exact} OR toLower(coalesce(node.abbreviation, node.designation, '')) = ${exact}
      OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = ${exact})
      OR any(name IN coalesce(node.names, []) WHERE toLower(substring(name, size(split(name, ':')[0]) + 1)) = ${exact}))`;
  return `CALL () { ${calls.join(' UNION ALL ')} }
    WITH node, sum(score) AS score WHERE ${kinds}
    WITH node, score * CASE WHEN ${named} THEN 2.0 ELSE 1.0 END AS score ORDER BY score DESC, node.id`;
}

/** The best hits: Query.search. */
export async function search(context: GraphContext, info: GraphQLResolveInfo, args: SearchArgs) {
  checkText(args.text);
  const limit = checkFirst(args.first, SEARCH_DEFAULT_FIRST);
  const query = luceneQuery(args.text);
  if (query === null) return [];
  const statement = new StatementBuilder();
  const hit = new SelectionProjector(info, statement).projectRoot('null', { node: 'node', score: 'score' });
  const rows = await context.db.read(statement.build(`${ranked(statement, args, query)} LIMIT ${statement.intParam(limit)} RETURN ${hit} AS hit`));
  return rows.map((row) => row.hit);
}

/** The ranking a page at a time, with its total and, when nothing matched, suggestions: Query.searchConnection. */
export async function searchConnection(context: GraphContext, info: GraphQLResolveInfo, args: SearchArgs) {
  checkText(args.text);
  const first = checkFirst(args.first, SEARCH_DEFAULT_FIRST);
  const cursor = args.after ? decodeCursor(args.after, SEARCH_ORDER, 'text') : null;
  const afterScore = cursor ? Number(cursor.key) : null;
  if (cursor && !Number.isFinite(afterScore)) throw badUserInput(`"after" is not a cursor of this list in order ${SEARCH_ORDER}.`);
  // Text of Lucene syntax alone has no words: a term no name holds, so that the answer is an empty page.
  const query = luceneQuery(args.text) ?? 'name:__no_words__';
  const statement = new StatementBuilder();
  const keyset = cursor
    ? `WHERE hit.score < ${statement.param(afterScore)} OR (hit.score = ${statement.param(afterScore)} AND hit.node.id > ${statement.param(cursor.id)})`
    : '';
  const loose = suggestionQuery(args.text);
  const suggestions = loose
    ? `CASE WHEN size(hits) = 0 THEN COLLECT {
        CALL db.index.fulltext.queryNodes('entity_text', ${statement.param(loose)}, {limit: ${statement.intParam(SUGGESTIONS * 4)}}) YIELD node
        RETURN DISTINCT node.name AS name LIMIT ${statement.intParam(SUGGESTIONS)} } ELSE [] END`
    : '[]';
  const scope: Record<string, string> = {
    rows: 'rest',
    first: statement.intParam(first),
    order: statement.param(SEARCH_ORDER),
    total: 'size(hits)',
    suggestions,
  };
  const page = `rest[0..${scope.first}]`;
  scope.endCursor = `CASE WHEN size(${page}) = 0 THEN null ELSE ${hitCursor(scope, `last(${page})`)} END`;
  const connection = new SelectionProjector(info, statement).projectRoot('null', scope);
  const body = `${ranked(statement, args, query)}
    WITH collect({ node: node, score: score }) AS hits
    WITH hits, [hit IN hits ${keyset} | hit][0..${statement.intParam(first + 1)}] AS rest`;
  return (await readRoot(context, statement.buildReturning(body, connection, 'connection')))!.connection;
}
