import { StatementBuilder } from './statementBuilder';
import { Label, Rel, RelationshipType } from './vocabulary';

/** Predicates shared by several `where` inputs, on the node bound to `node`. */

export function textPredicate(statement: StatementBuilder, node: string, text: string, properties: string[], listProperties: string[] = []): string {
  const needle = statement.param(text.toLowerCase());
  const plain = properties.map((property) => `toLower(coalesce(${node}.${property}, '')) CONTAINS ${needle}`);
  const lists = listProperties.map(
    (property) => `any(item IN coalesce(${node}.${property}, []) WHERE toLower(item) CONTAINS ${needle})`,
  );
  return `(${[...plain, ...lists].join(' OR ')})`;
}

/**
 * `node` has a `rel` to a target that is the one named or lies within it
 * (a Mars landing site counts for Mars, Phobos too). The chain is read up from
 * each of the node's few targets, in a pattern comprehension the planner
 * cannot start elsewhere: as a pattern ending at the indexed target, it was
 * expanded down from Mars (or the Sun) for every candidate, 100 to 200 times
 * the database hits (752,406 against 6,094 for Mars landings).
 */
export function reachesTarget(statement: StatementBuilder, node: string, rel: RelationshipType, id: string): string {
  return `EXISTS { (${node})-[:${rel}]->(reached:${Label.Target}) WHERE ${statement.param(id)} IN [(reached)-[:${Rel.ORBITS}*0..6]->(up:${Label.Target}) | up.id] }`;
}
