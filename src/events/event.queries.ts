import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { ListOrder } from '../cypher/connection';
import { reachesTarget } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { EventOrder } from '../entities/entity.enums';
import { findPage } from '../entities/entity.queries';
import { EVENTS_PAGE, EventsArgs, EventWhere } from './event.args';

const EVENT_ORDERS: Record<EventOrder, ListOrder> = {
  DATE_ASC: { name: 'DATE_ASC', key: 'eventDate', direction: 'ASC' },
  DATE_DESC: { name: 'DATE_DESC', key: 'eventDate', direction: 'DESC' },
};

function eventPredicates(statement: StatementBuilder, node: string, where: EventWhere | null | undefined): string[] {
  if (!where) return [];
  const predicates: string[] = [];
  if (where.mission != null) {
    predicates.push(`EXISTS { (:${Label.Entity}:${Label.Mission} {id: ${statement.param(where.mission)}})-[:${Rel.HAS_EVENT}]->(${node}) }`);
  }
  if (where.target != null) predicates.push(`EXISTS { (${node})-[:${Rel.INVOLVES}]->${reachesTarget(statement, where.target)} }`);
  if (where.type != null) predicates.push(`${node}.type = ${statement.param(where.type)}`);
  if (where.after != null) predicates.push(`${node}.date >= date(${statement.param(where.after)})`);
  if (where.before != null) predicates.push(`${node}.date <= date(${statement.param(where.before)})`);
  if (where.planned != null) predicates.push(`${node}.planned = ${statement.param(where.planned)}`);
  return predicates;
}

export function findEvents(context: GraphContext, info: GraphQLResolveInfo, args: EventsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: Label.Event,
    source: (node) => ({ predicates: eventPredicates(statement, node, args.where) }),
    order: EVENT_ORDERS[args.orderBy ?? EventOrder.DATE_ASC],
    first: args.first,
    defaultFirst: EVENTS_PAGE,
    after: args.after,
  });
}
