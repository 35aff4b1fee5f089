import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { ANY_RELATIONSHIP, Label, Rel, RelationshipType } from '../cypher/vocabulary';
import { badUserInput } from '../errors/publicError';

export const MAX_HOPS = 8;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURS = 500;

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

/**
 * Among equally short paths, the one a reader would name: what the missions
 * aim at before who flew them, and events last (every mission has many).
 */
const PATH_PREFERENCE: RelationshipType[] = [Rel.TARGETS, Rel.ORBITS, Rel.FOLLOWS, Rel.OPERATED_BY, Rel.INVOLVES, Rel.HAS_EVENT];
const preferenceRank = `CASE type(r) ${PATH_PREFERENCE.map((type, rank) => `WHEN '${type}' THEN ${rank}`).join(' ')} END`;

/**
 * A shortest path over any relationship, ignoring direction; null when there
 * is none within maxHops. Of several equally short, always the same one: by
 * PATH_PREFERENCE hop by hop, then through the more particular entities
 * (fewer relationships: a shared comet says more than a shared Earth), then by id.
 */
export async function shortestPath(context: GraphContext, info: GraphQLResolveInfo, from: string, to: string, maxHops: number) {
  // A variable-length bound cannot be a parameter in Cypher; it is spliced only after this check.
  const hops = checkRange('maxHops', maxHops, 1, MAX_HOPS);
  const statement = new StatementBuilder();
  const path = new SelectionProjector(info, statement).projectRoot('null', { length: 'length(p)', nodes: 'nodes(p)', edges: 'relationships(p)' });
  const pattern = from === to ? 'p = (a)' : `p = allShortestPaths((a)-[:${ANY_RELATIONSHIP}*..${hops}]-(b))`;
  const cypher = `OPTIONAL MATCH (a:${Label.Entity} {id: ${statement.param(from)}})
    OPTIONAL MATCH (b:${Label.Entity} {id: ${statement.param(to)}})
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
      COLLECT { MATCH ${pattern}
        WITH p ORDER BY [r IN relationships(p) | ${preferenceRank}], [n IN nodes(p)[1..-1] | COUNT { (n)--() }], [n IN nodes(p) | n.id]
        LIMIT 1 RETURN ${path} }[0] AS path`;
  const [row] = await context.db.read(statement.build(cypher));
  if (!row.fromFound) throw badUserInput(`No entity has the id "${from}".`);
  if (!row.toFound) throw badUserInput(`No entity has the id "${to}".`);
  return row.path;
}

/**
 * The entity and everything within `depth` hops, closest first (then by id),
 * at most `limit` nodes, expanded level by level so that a hub such as the Sun
 * costs one visit per node, not one per path.
 */
export async function neighborhood(context: GraphContext, info: GraphQLResolveInfo, id: string, depth: number, limit: number) {
  checkRange('depth', depth, 0, MAX_DEPTH);
  checkRange('limit', limit, 1, MAX_NEIGHBOURS);
  const statement = new StatementBuilder();
  const cap = statement.intParam(limit + 1);
  const levels: string[] = [];
  for (let level = 1; level <= depth; level += 1) {
    levels.push(
      `CALL (frontier, seen) {
         WITH frontier, seen WHERE size(seen) <= ${statement.intParam(limit)}
         UNWIND frontier AS f MATCH (f)-[:${ANY_RELATIONSHIP}]-(n:${Label.Entity}) WHERE NOT n IN seen
         WITH DISTINCT n ORDER BY n.id LIMIT ${cap}
         RETURN collect(n) AS next
       }
       WITH next AS frontier, seen + next AS seen`,
    );
  }
  const subgraph = new SelectionProjector(info, statement).projectRoot('null', {
    nodes: 'kept',
    edges: 'edges',
    truncated: `size(seen) > ${statement.intParam(limit)}`,
  });
  const cypher = `MATCH (root:${Label.Entity} {id: ${statement.param(id)}})
    WITH [root] AS frontier, [root] AS seen
    ${levels.join('\n')}
    WITH seen, seen[0..${statement.intParam(limit)}] AS kept
    CALL (kept) {
      UNWIND kept AS a MATCH (a)-[r:${ANY_RELATIONSHIP}]->(b) WHERE b IN kept
      RETURN collect(r) AS edges
    }
    RETURN ${subgraph} AS subgraph`;
  const rows = await context.db.read(statement.build(cypher));
  if (rows.length === 0) throw badUserInput(`No entity has the id "${id}".`);
  return rows[0].subgraph;
}
