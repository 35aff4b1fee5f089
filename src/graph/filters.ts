import { StatementBuilder } from './statementBuilder';

/** Predicates shared by several `where` inputs; `n` is the node being filtered. */

export function textPredicate(statement: StatementBuilder, text: string, properties: string[], listProperties: string[] = []): string {
  const needle = statement.param(text.toLowerCase());
  const plain = properties.map((property) => `toLower(coalesce(n.${property}, '')) CONTAINS ${needle}`);
  const lists = listProperties.map(
    (property) => `any(item IN coalesce(n.${property}, []) WHERE toLower(item) CONTAINS ${needle})`,
  );
  return `(${[...plain, ...lists].join(' OR ')})`;
}

/** A target, or anything whose ORBITS chain reaches it (a Mars landing site counts for Mars). */
export function reachesTarget(statement: StatementBuilder, id: string): string {
  return `(:Target)-[:ORBITS*0..6]->(:Entity:Target {id: ${statement.param(id)}})`;
}
