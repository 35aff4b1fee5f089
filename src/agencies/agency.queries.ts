import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { textPredicate } from '../graph/filters';
import { findPage } from '../graph/graphQueries';
import { StatementBuilder } from '../graph/statementBuilder';
import { AgenciesArgs } from './agency.args';

export function findAgencies(context: GraphContext, info: GraphQLResolveInfo, args: AgenciesArgs) {
  const statement = new StatementBuilder();
  const predicates: string[] = [];
  if (args.where?.text != null) predicates.push(textPredicate(statement, args.where.text, ['name', 'abbreviation']));
  if (args.where?.country != null) {
    predicates.push(`n.country = ${statement.param(args.where.country.toUpperCase())}`);
  }
  return findPage(context, info, statement, {
    label: 'Agency',
    predicates,
    order: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
    first: args.first,
    after: args.after,
  });
}
