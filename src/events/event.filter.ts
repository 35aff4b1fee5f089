import { allOf, anyOf, checkFilterShape } from '../cypher/filterBounds';
import { reachesTarget } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { EventWhere } from './event.where';

/**
 * The event filter as a Cypher predicate on `node`. Each id it names is checked
 * by the statement (an unknown one is the client's error); subqueries start
 * from the bound node or an indexed id, never from a scan.
 */
export function eventCondition(statement: StatementBuilder, node: string, where: EventWhere | null | undefined, field = 'where', depth = 0): string {
  if (!where) return 'true';
  checkFilterShape(field, depth, [where.AND, where.OR, where.typeIn]);
  const conditions: string[] = [];
  if (where.mission != null) {
    const mission = statement.entityId(where.mission, Label.Mission, `${field}.mission`);
    conditions.push(`EXISTS { (:${Label.Entity}:${Label.Mission} {id: ${mission}})-[:${Rel.HAS_EVENT}]->(${node}) }`);
  }
  if (where.target != null) {
    statement.entityId(where.target, Label.Target, `${field}.target`);
    conditions.push(reachesTarget(statement, node, Rel.INVOLVES, where.target));
  }
  if (where.targetKind != null) {
    conditions.push(`EXISTS { (${node})-[:${Rel.INVOLVES}]->(t:${Label.Target}) WHERE t.kind = ${statement.param(where.targetKind)} }`);
  }
  if (where.type != null) conditions.push(`${node}.type = ${statement.param(where.type)}`);
  if (where.typeIn != null) conditions.push(`${node}.type IN ${statement.param(where.typeIn)}`);
  if (where.outcome != null) conditions.push(`${node}.outcome = ${statement.param(where.outcome)}`);
  if (where.after != null) conditions.push(`${node}.date >= date(${statement.param(where.after)})`);
  if (where.before != null) conditions.push(`${node}.date <= date(${statement.param(where.before)})`);
  if (where.planned != null) conditions.push(`${node}.planned = ${statement.param(where.planned)}`);
  where.AND?.forEach((part, index) => conditions.push(eventCondition(statement, node, part, `${field}.AND[${index}]`, depth + 1)));
  if (where.OR != null) conditions.push(anyOf(where.OR.map((part, index) => eventCondition(statement, node, part, `${field}.OR[${index}]`, depth + 1))));
  if (where.NOT != null) conditions.push(`NOT ${eventCondition(statement, node, where.NOT, `${field}.NOT`, depth + 1)}`);
  return allOf(conditions);
}
