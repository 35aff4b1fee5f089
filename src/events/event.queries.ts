import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { EventOrder } from '../entities/entity.enums';
import { findPage } from '../entities/entity.queries';
import { EVENTS_PAGE, EventsArgs } from './event.args';
import { eventCondition } from './event.filter';
import { EVENT_ORDERS } from './event.orders';


export function findEvents(context: GraphContext, info: GraphQLResolveInfo, args: EventsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: Label.Event,
    source: (node) => {
      const condition = eventCondition(statement, node, args.where);
      return { predicates: condition === 'true' ? [] : [condition] };
    },
    order: EVENT_ORDERS[args.orderBy ?? EventOrder.DATE_ASC],
    first: args.first,
    defaultFirst: EVENTS_PAGE,
    after: args.after,
  });
}
