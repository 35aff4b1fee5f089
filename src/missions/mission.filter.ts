import { ListSource } from '../cypher/connection';
import { reachesTarget, textPredicate } from '../cypher/predicates';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { MissionWhere } from './mission.args';

/**
 * The mission filters as Cypher on `node`. A named agency or mission becomes
 * the pattern the list starts from (its id is indexed); the rest are predicates.
 */
export function missionSource(statement: StatementBuilder, node: string, where: MissionWhere | null | undefined): ListSource {
  const mission = `${node}:${Label.Mission}`;
  if (!where) return { predicates: [] };
  const predicates: string[] = [];
  let pattern: string | undefined;
  let distinct = false;
  if (where.sharesTargetWith != null) {
    const other = statement.param(where.sharesTargetWith);
    pattern = `(:${Label.Entity}:${Label.Mission} {id: ${other}})-[:${Rel.TARGETS}]->(:${Label.Target})<-[:${Rel.TARGETS}]-(${mission})`;
    distinct = true;
    predicates.push(`${node}.id <> ${other}`);
  }
  if (where.agency != null) {
    const agency = `(:${Label.Entity}:${Label.Agency} {id: ${statement.param(where.agency)}})`;
    if (pattern) predicates.push(`EXISTS { (${node})-[:${Rel.OPERATED_BY}]->${agency} }`);
    else pattern = `${agency}<-[:${Rel.OPERATED_BY}]-(${mission})`;
  }
  if (where.text != null) predicates.push(textPredicate(statement, node, where.text, ['name'], ['aliases']));
  if (where.target != null) predicates.push(`EXISTS { (${node})-[:${Rel.TARGETS}]->${reachesTarget(statement, where.target)} }`);
  if (where.targetKind != null) {
    predicates.push(`EXISTS { (${node})-[:${Rel.TARGETS}]->(t:${Label.Target}) WHERE t.kind = ${statement.param(where.targetKind)} }`);
  }
  if (where.kind != null) predicates.push(`${statement.param(where.kind)} IN ${node}.kinds`);
  if (where.status != null) predicates.push(`${node}.status = ${statement.param(where.status)}`);
  if (where.launchedAfter != null) predicates.push(`${node}.launchDate >= date(${statement.param(where.launchedAfter)})`);
  if (where.launchedBefore != null) predicates.push(`${node}.launchDate <= date(${statement.param(where.launchedBefore)})`);
  return { pattern, distinct, predicates };
}
