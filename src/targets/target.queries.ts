import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { textPredicate } from '../graph/filters';
import { findPage } from '../graph/graphQueries';
import { StatementBuilder } from '../graph/statementBuilder';
import { TargetsArgs } from './target.args';

export function findTargets(context: GraphContext, info: GraphQLResolveInfo, args: TargetsArgs) {
  const statement = new StatementBuilder();
  const predicates: string[] = [];
  const where = args.where;
  if (where?.text != null) predicates.push(textPredicate(statement, where.text, ['name', 'designation'], ['aliases']));
  if (where?.kind != null) predicates.push(`n.kind = ${statement.param(where.kind)}`);
  if (where?.parent != null) {
    predicates.push(`EXISTS { (n)-[:ORBITS]->(:Entity:Target {id: ${statement.param(where.parent)}}) }`);
  }
  return findPage(context, info, statement, {
    label: 'Target',
    predicates,
    order: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
    first: args.first,
    after: args.after,
  });
}
