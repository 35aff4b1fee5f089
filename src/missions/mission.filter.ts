import { ListSource } from '../cypher/connection';
import { allOf, anyOf, checkFilterShape } from '../cypher/filterBounds';
import { reachesTarget, textPredicate } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { eventCondition } from '../events/event.filter';
import { MissionWhere } from './mission.where';

/**
 * The mission filter as a Cypher predicate on `node`. Each id it names is
 * checked by the statement (an unknown one is the client's error); subqueries
 * start from the bound node or an indexed id, never from a scan.
 */
export function missionCondition(statement: StatementBuilder, node: string, where: MissionWhere | null | undefined, field = 'where', depth = 0): string {
  if (!where) return 'true';
  checkFilterShape(field, depth, [where.AND, where.OR, where.statusIn]);
  const conditions: string[] = [];
  if (where.sharesTargetWith != null) {
    const other = statement.entityId(where.sharesTargetWith, Label.Mission, `${field}.sharesTargetWith`);
    conditions.push(
      `EXISTS { (${node})-[:${Rel.TARGETS}]->(:${Label.Target})<-[:${Rel.TARGETS}]-(:${Label.Entity}:${Label.Mission} {id: ${other}}) } AND ${node}.id <> ${other}`,
    );
  }
  if (where.agency != null) {
    const agency = statement.entityId(where.agency, Label.Agency, `${field}.agency`);
    conditions.push(`EXISTS { (${node})-[:${Rel.OPERATED_BY}]->(:${Label.Entity}:${Label.Agency} {id: ${agency}}) }`);
  }
  if (where.text != null) conditions.push(textPredicate(statement, node, where.text, ['name'], ['aliases']));
  if (where.target != null) {
    statement.entityId(where.target, Label.Target, `${field}.target`);
    conditions.push(reachesTarget(statement, node, Rel.TARGETS, where.target));
  }
  if (where.targetExactly != null) {
    const target = statement.entityId(where.targetExactly, Label.Target, `${field}.targetExactly`);
    conditions.push(`EXISTS { (${node})-[:${Rel.TARGETS}]->(:${Label.Entity}:${Label.Target} {id: ${target}}) }`);
  }
  if (where.targetKind != null) {
    conditions.push(`EXISTS { (${node})-[:${Rel.TARGETS}]->(t:${Label.Target}) WHERE t.kind = ${statement.param(where.targetKind)} }`);
  }
  if (where.kind != null) conditions.push(`${statement.param(where.kind)} IN ${node}.kinds`);
  if (where.status != null) conditions.push(`${node}.status = ${statement.param(where.status)}`);
  if (where.statusIn != null) conditions.push(`${node}.status IN ${statement.param(where.statusIn)}`);
  if (where.launchedAfter != null) conditions.push(`${node}.launchDate >= date(${statement.param(where.launchedAfter)})`);
  if (where.launchedBefore != null) conditions.push(`${node}.launchDate <= date(${statement.param(where.launchedBefore)})`);
  if (where.hasEvent != null) {
    const event = statement.variable('e');
    const condition = eventCondition(statement, event, where.hasEvent, `${field}.hasEvent`, depth + 1);
    conditions.push(`EXISTS { (${node})-[:${Rel.HAS_EVENT}]->(${event}:${Label.Event}) WHERE ${condition} }`);
  }
  where.AND?.forEach((part, index) => conditions.push(missionCondition(statement, node, part, `${field}.AND[${index}]`, depth + 1)));
  if (where.OR != null) conditions.push(anyOf(where.OR.map((part, index) => missionCondition(statement, node, part, `${field}.OR[${index}]`, depth + 1))));
  if (where.NOT != null) conditions.push(`NOT ${missionCondition(statement, node, where.NOT, `${field}.NOT`, depth + 1)}`);
  return allOf(conditions);
}

/**
 * Where a root list of missions starts: from the agency or the mission its
 * filter names at the top (their ids are indexed, so Neo4j walks their
 * relationships instead of testing every mission), the rest as predicates.
 */
export function missionSource(statement: StatementBuilder, node: string, where: MissionWhere | null | undefined): ListSource {
  const mission = `${node}:${Label.Mission}`;
  if (where?.sharesTargetWith != null) {
    const other = statement.entityId(where.sharesTargetWith, Label.Mission, 'where.sharesTargetWith');
    const rest = missionCondition(statement, node, { ...where, sharesTargetWith: null });
    return {
      pattern: `(:${Label.Entity}:${Label.Mission} {id: ${other}})-[:${Rel.TARGETS}]->(:${Label.Target})<-[:${Rel.TARGETS}]-(${mission})`,
      distinct: true,
      predicates: [`${node}.id <> ${other}`, rest].filter((condition) => condition !== 'true'),
    };
  }
  if (where?.agency != null) {
    const agency = statement.entityId(where.agency, Label.Agency, 'where.agency');
    const rest = missionCondition(statement, node, { ...where, agency: null });
    return {
      pattern: `(:${Label.Entity}:${Label.Agency} {id: ${agency}})<-[:${Rel.OPERATED_BY}]-(${mission})`,
      predicates: [rest].filter((condition) => condition !== 'true'),
    };
  }
  const condition = missionCondition(statement, node, where);
  return { predicates: condition === 'true' ? [] : [condition] };
}
