import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context';
import { MissionOrder } from '../entities/entity.enums';
import { ConnectionRequest, ListOrder } from '../graph/connection';
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

/**
 * The mission filters as Cypher on `n`. A named agency or mission becomes the
 * anchor the list starts from (its id is indexed); the rest are predicates.
 */
export function missionFilter(statement: StatementBuilder, where: MissionWhere | null | undefined): Pick<ConnectionRequest, 'predicates' | 'anchor'> {
  if (!where) return { predicates: [] };
  const predicates: string[] = [];
  let anchor: ConnectionRequest['anchor'];
  if (where.sharesTargetWith != null) {
    const other = statement.param(where.sharesTargetWith);
    anchor = { pattern: `(given:Entity:Mission {id: ${other}})-[:TARGETS]->(:Target)<-[:TARGETS]-(n:Mission) WHERE n <> given`, distinct: true };
  }
  if (where.agency != null) {
    const agency = statement.param(where.agency);
    if (anchor) predicates.push(`EXISTS { (n)-[:OPERATED_BY]->(:Entity:Agency {id: ${agency}}) }`);
    else anchor = { pattern: `(:Entity:Agency {id: ${agency}})<-[:OPERATED_BY]-(n:Mission)`, distinct: false };
  }
  if (where.text != null) predicates.push(textPredicate(statement, where.text, ['name'], ['aliases']));
  if (where.target != null) predicates.push(`EXISTS { (n)-[:TARGETS]->${reachesTarget(statement, where.target)} }`);
  if (where.targetKind != null) {
    predicates.push(`EXISTS { (n)-[:TARGETS]->(t:Target) WHERE t.kind = ${statement.param(where.targetKind)} }`);
  }
  if (where.kind != null) predicates.push(`${statement.param(where.kind)} IN n.kinds`);
  if (where.status != null) predicates.push(`n.status = ${statement.param(where.status)}`);
  if (where.launchedAfter != null) predicates.push(`n.launchDate >= date(${statement.param(where.launchedAfter)})`);
  if (where.launchedBefore != null) predicates.push(`n.launchDate <= date(${statement.param(where.launchedBefore)})`);
  return { predicates, anchor };
}

export function findMissions(context: GraphContext, info: GraphQLResolveInfo, args: MissionsArgs) {
  const statement = new StatementBuilder();
  return findPage(context, info, statement, {
    label: 'Mission',
    ...missionFilter(statement, args.where),
    order: MISSION_ORDERS[args.orderBy ?? MissionOrder.LAUNCH_DATE_ASC],
    first: args.first,
    after: args.after,
  });
}
