import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { EventOrder } from '../entities/entity.enums';
import { ListOrder } from '../graph/connection';
import { reachesTarget } from '../graph/filters';
import { findPage } from '../graph/graphQueries';
import { StatementBuilder } from '../graph/statementBuilder';
import { EventsArgs, EventWhere } from './event.args';

const EVENT_ORDERS: Record<EventOrder, ListOrder> = {
  DATE_ASC: { name: 'DATE_ASC', key: 'eventDate', direction: 'ASC' },
  DATE_DESC: { name: 'DATE_DESC', key: 'eventDate', direction: 'DESC' },
};

function eventPredicates(statement: StatementBuilder, where: EventWhere | null | undefined): string[] {
  if (!where) return [];
  const predicates: string[] = [];
  if (where.mission != null) {
    predicates.push(`EXISTS { (:Entity:Mission {id: ${statement.param(where.mission)}})-[:HAS_EVENT]->(n) }`);
  }
  if (where.target != null) predicates.push(`EXISTS { (n)-[:INVOLVES]->${reachesTarget(statement, where.target)} }`);
  if (where.type != null) predicates.push(`n.type = ${statement.param(where.type)}`);
  if (where.after != null) predicates.push(`n.date >= date(${statement.param(where.after)})`);
  if (where.before != null) predicates.push(`n.date <= date(${statement.param(where.before)})`);
  if (where.planned != null) predicates.push(`n.planned = ${statement.param(where.planned)}`);
  return predicates;
}

export function findEvents(context: GraphContext, info: GraphQLResolveInfo, args: EventsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: 'Event',
    predicates: eventPredicates(statement, args.where),
    order: EVENT_ORDERS[args.orderBy ?? EventOrder.DATE_ASC],
    first: args.first,
    after: args.after,
  });
}
