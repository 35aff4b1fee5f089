import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { ListOrder } from '../cypher/connection';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { MissionOrder } from '../entities/entity.enums';
import { findPage } from '../entities/entity.queries';
import { MISSIONS_PAGE, MissionsArgs } from './mission.args';
import { missionSource } from './mission.filter';

const MISSION_ORDERS: Record<MissionOrder, ListOrder> = {
  LAUNCH_DATE_ASC: { name: 'LAUNCH_DATE_ASC', key: 'launchDate', direction: 'ASC' },
  LAUNCH_DATE_DESC: { name: 'LAUNCH_DATE_DESC', key: 'launchDate', direction: 'DESC' },
  NAME_ASC: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
  NAME_DESC: { name: 'NAME_DESC', key: 'name', direction: 'DESC' },
};

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
