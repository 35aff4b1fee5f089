import { Scope } from '../cypher/compiledField';
import { checkFirst } from '../cypher/pageSize';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label, Rel } from '../cypher/vocabulary';
import { RELATED_WEIGHTS } from './relatedWeights';

/** rarity(n) = 2 / (1 + log2 n): 1 for a target two missions share, 0.3 for one forty share. */
const rarity = (count: string) => `2.0 / (1 + log(${count}) / log(2))`;

export const RELATED_DEFAULT_FIRST = 5;

/**
 * The missions related to the mission bound to `source`, best first, as a
 * Cypher list expression: usable as a root statement's result and inside any
 * projection (Mission.related), so it never costs a round trip of its own.
 * `project` compiles one RelatedMission from the scope { mission, score, reasons }.
 */
export function relatedExpression(statement: StatementBuilder, source: string, first: unknown, project: (scope: Scope) => string): string {
  const limit = checkFirst(first, RELATED_DEFAULT_FIRST);
  const w = statement.param(RELATED_WEIGHTS);
  const [c, rows, mine, score] = ['c', 'rows', 'mine', 'score'].map((name) => statement.variable(name));
  const { Mission, Target, Agency } = Label;
  const { TARGETS, FOLLOWS, OPERATED_BY, ORBITS } = Rel;
  const reason = (kind: string, via: string, weight: string, detail = 'null') =>
    `RETURN { c: other, kind: '${kind}', via: ${via}, weight: ${weight}, detail: ${detail} } AS row`;

  // No aggregation functions on purpose: inside a map projection of `source`, Neo4j
  // would read them as grouping on `source` and refuse the statement. Reasons are
  // gathered into a list and grouped per candidate with list operations instead.
  return `COLLECT {
    WITH COLLECT {
      CALL (${source}) {
        MATCH (${source})-[:${TARGETS}]->(t:${Target})<-[:${TARGETS}]-(other:${Mission}) WHERE other <> ${source}
        WITH other, t, COUNT { (t)<-[:${TARGETS}]-(:${Mission}) } AS missions
        ${reason('SHARED_TARGET', 't', `${w}.sharedTarget[t.kind] * ${rarity('missions')}`)}
        UNION
        MATCH (${source})-[:${FOLLOWS}]-(other:${Mission}) WHERE other <> ${source}
        ${reason('FOLLOW_UP', 'null', `${w}.followUp`)}
        UNION
        MATCH (${source})-[:${OPERATED_BY}]->(a:${Agency})<-[:${OPERATED_BY}]-(other:${Mission}) WHERE other <> ${source}
        WITH other, a, COUNT { (a)<-[:${OPERATED_BY}]-(:${Mission}) } AS missions
        ${reason('SHARED_AGENCY', 'a', `${w}.sharedAgency * ${rarity('missions')}`)}
        UNION
        MATCH (${source})-[:${TARGETS}]->(site:${Target})-[:${ORBITS}]->(body:${Target})<-[:${ORBITS}]-(otherSite:${Target})<-[:${TARGETS}]-(other:${Mission})
        WHERE other <> ${source} AND site <> otherSite AND site.kind IN ['SITE', 'REGION'] AND otherSite.kind IN ['SITE', 'REGION']
        ${reason('SAME_PARENT_BODY', 'body', `${w}.sameParentBody`)}
        UNION
        MATCH (${source})-[:${TARGETS} {order: 0}]->(t:${Target}), (other:${Mission})-[:${TARGETS} {order: 0}]->(t2:${Target})
        WHERE other <> ${source} AND t2.kind = t.kind AND t2 <> t
        ${reason('SAME_TARGET_KIND', 'null', `${w}.primaryTargetKind[t.kind]`, 't.kind')}
        UNION
        MATCH (other:${Mission}) WHERE other <> ${source}
        UNWIND [k IN other.kinds WHERE k IN ${source}.kinds] AS k
        ${reason('SAME_MISSION_KIND', 'null', `${w}.missionKind[k]`, 'k')}
      }
      RETURN row
    } AS ${rows}
    UNWIND reduce(seen = [], row IN ${rows} | CASE WHEN row.c IN seen THEN seen ELSE seen + row.c END) AS ${c}
    WITH ${c}, [row IN ${rows} WHERE row.c = ${c}] AS ${mine}
    WITH ${c}, ${mine}, reduce(total = 0.0, row IN ${mine} | total + row.weight) AS ${score}
    ORDER BY ${score} DESC, ${c}.id LIMIT ${statement.intParam(limit)}
    RETURN ${project({ mission: c, score, reasons: mine })}
  }`;
}
