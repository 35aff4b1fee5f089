import { StatementBuilder } from './statementBuilder';
import { Label, Rel } from './vocabulary';

/** Predicates shared by several `where` inputs, on the node bound to `node`. */

export function textPredicate(statement: StatementBuilder, node: string, text: string, properties: string[], listProperties: string[] = []): string {
  const needle = statement.param(text.toLowerCase());
  const plain = properties.map((property) => `toLower(coalesce(${node}.${property}, '')) CONTAINS ${needle}`);
  const lists = listProperties.map(
    (property) => `any(item IN coalesce(${node}.${property}, []) WHERE toLower(item) CONTAINS ${needle})`,
  );
  return `(${[...plain, ...lists].join(' OR ')})`;
}

/** A target, or anything whose ORBITS chain reaches it (a Mars landing site counts for Mars): a pattern to end a path with. */
export function reachesTarget(statement: StatementBuilder, id: string): string {
  return `(:${Label.Target})-[:${Rel.ORBITS}*0..6]->(:${Label.Entity}:${Label.Target} {id: ${statement.param(id)}})`;
}
