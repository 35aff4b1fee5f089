import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { textPredicate } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { findPage } from '../entities/entity.queries';
import { AGENCIES_PAGE, AgenciesArgs, AgencyWhere } from './agency.args';

function agencyPredicates(statement: StatementBuilder, node: string, where: AgencyWhere | null | undefined): string[] {
  const predicates: string[] = [];
  if (where?.text != null) predicates.push(textPredicate(statement, node, where.text, ['name', 'abbreviation']));
  if (where?.country != null) predicates.push(`${node}.country = ${statement.param(where.country.toUpperCase())}`);
  return predicates;
}

export function findAgencies(context: GraphContext, info: GraphQLResolveInfo, args: AgenciesArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: Label.Agency,
    source: (node) => ({ predicates: agencyPredicates(statement, node, args.where) }),
    order: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
    first: args.first,
    defaultFirst: AGENCIES_PAGE,
    after: args.after,
  });
}
