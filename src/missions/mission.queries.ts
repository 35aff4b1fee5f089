import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { MissionOrder } from '../entities/entity.enums';
import { ListOrder } from '../graph/connection';
import { reachesTarget, textPredicate } from '../graph/filters';
import { findPage } from '../graph/graphQueries';
import { StatementBuilder } from '../graph/statementBuilder';
import { MissionsArgs, MissionWhere } from './mission.args';

const MISSION_ORDERS: Record<MissionOrder, ListOrder> = {
  LAUNCH_DATE_ASC: { name: 'LAUNCH_DATE_ASC', key: 'launchDate', direction: 'ASC' },
  LAUNCH_DATE_DESC: { name: 'LAUNCH_DATE_DESC', key: 'launchDate', direction: 'DESC' },
  NAME_ASC: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
  NAME_DESC: { name: 'NAME_DESC', key: 'name', direction: 'DESC' },
};

export function missionPredicates(statement: StatementBuilder, where: MissionWhere | null | undefined): string[] {
  if (!where) return [];
  const predicates: string[] = [];
  if (where.text != null) predicates.push(textPredicate(statement, where.text, ['name'], ['aliases']));
  if (where.agency != null) {
    predicates.push(`EXISTS { (n)-[:OPERATED_BY]->(:Entity:Agency {id: ${statement.param(where.agency)}}) }`);
  }
  if (where.target != null) predicates.push(`EXISTS { (n)-[:TARGETS]->${reachesTarget(statement, where.target)} }`);
  if (where.sharesTargetWith != null) {
    const other = statement.param(where.sharesTargetWith);
    predicates.push(`n.id <> ${other} AND EXISTS { (n)-[:TARGETS]->(:Target)<-[:TARGETS]-(:Entity:Mission {id: ${other}}) }`);
  }
  if (where.targetKind != null) {
    predicates.push(`EXISTS { (n)-[:TARGETS]->(t:Target) WHERE t.kind = ${statement.param(where.targetKind)} }`);
  }
  if (where.kind != null) predicates.push(`${statement.param(where.kind)} IN n.kinds`);
  if (where.status != null) predicates.push(`n.status = ${statement.param(where.status)}`);
  if (where.launchedAfter != null) predicates.push(`n.launchDate >= date(${statement.param(where.launchedAfter)})`);
  if (where.launchedBefore != null) predicates.push(`n.launchDate <= date(${statement.param(where.launchedBefore)})`);
  return predicates;
}

export function findMissions(context: GraphContext, info: GraphQLResolveInfo, args: MissionsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: 'Mission',
    predicates: missionPredicates(statement, args.where),
    order: MISSION_ORDERS[args.orderBy ?? MissionOrder.LAUNCH_DATE_ASC],
    first: args.first,
    after: args.after,
  });
}
