import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { MissionOrder } from '../entities/entity.enums';
import { findPage } from '../entities/entity.queries';
import { MISSIONS_PAGE, MissionsArgs } from './mission.args';
import { missionSource } from './mission.filter';
import { MISSION_ORDERS } from './mission.orders';


export function findMissions(context: GraphContext, info: GraphQLResolveInfo, args: MissionsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: Label.Mission,
    source: (node) => missionSource(statement, node, args.where),
    order: MISSION_ORDERS[args.orderBy ?? MissionOrder.LAUNCH_DATE_ASC],
    first: args.first,
    defaultFirst: MISSIONS_PAGE,
    after: args.after,
  });
}
