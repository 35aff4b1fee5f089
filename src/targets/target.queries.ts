import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { textPredicate } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { findPage } from '../entities/entity.queries';
import { TARGETS_PAGE, TargetsArgs, TargetWhere } from './target.args';

function targetPredicates(statement: StatementBuilder, node: string, where: TargetWhere | null | undefined): string[] {
  const predicates: string[] = [];
  if (where?.text != null) predicates.push(textPredicate(statement, node, where.text, ['name', 'designation'], ['aliases']));
  if (where?.kind != null) predicates.push(`${node}.kind = ${statement.param(where.kind)}`);
  if (where?.parent != null) {
    const parent = statement.entityId(where.parent, Label.Target, 'where.parent');
    predicates.push(`EXISTS { (${node})-[:${Rel.ORBITS}]->(:${Label.Entity}:${Label.Target} {id: ${parent}}) }`);
  }
  return predicates;
}

export function findTargets(context: GraphContext, info: GraphQLResolveInfo, args: TargetsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: Label.Target,
    source: (node) => ({ predicates: targetPredicates(statement, node, args.where) }),
    order: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
    first: args.first,
    defaultFirst: TARGETS_PAGE,
    after: args.after,
  });
}
