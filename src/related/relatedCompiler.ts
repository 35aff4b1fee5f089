import { FieldNode, getNamedType, GraphQLObjectType } from 'graphql';
import { checkFirst } from '../common/pagination';
import type { SelectionCompiler } from '../graph/selectionCompiler';
import { mapKey, StatementBuilder } from '../graph/statementBuilder';
import { RELATED_WEIGHTS } from './relatedWeights';

/** rarity(n) = 2 / (1 + log2 n): 1 for a target two missions share, 0.3 for one forty share. */
const rarity = (count: string) => `2.0 / (1 + log(${count}) / log(2))`;

/**
 * The missions related to the mission bound to `source`, best first, as a
 * Cypher list expression: usable as a root statement's result and inside any
 * projection (Mission.related), so it never costs a round trip of its own.
 */
export function relatedExpression(
  compiler: SelectionCompiler,
  statement: StatementBuilder,
  source: string,
  listType: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  first: unknown,
): string {
  const limit = checkFirst(first, 5);
  const w = statement.param(RELATED_WEIGHTS);
  const [c, via, rows, mine, score, r] = ['c', 'via', 'rows', 'mine', 'score', 'r'].map((name) => statement.variable(name));

  const reasonType = getNamedType(listType.getFields().reasons.type) as GraphQLObjectType;
  const reasonEntries: string[] = [];
  const resultEntries: string[] = [];
  for (const [key, nodes] of compiler.subfields(listType, fieldNodes)) {
    const field = nodes[0].name.value;
    if (field === 'mission') resultEntries.push(`${mapKey(key)}: ${compiler.project(c, getNamedType(listType.getFields().mission.type), nodes)}`);
    if (field === 'score') resultEntries.push(`${mapKey(key)}: ${score}`);
    if (field === 'reasons') {
      for (const [reasonKey, reasonNodes] of compiler.subfields(reasonType, nodes)) {
        const reasonField = reasonNodes[0].name.value;
        if (reasonField === 'via') {
          reasonEntries.push(`${mapKey(reasonKey)}: ${compiler.project(via, getNamedType(reasonType.getFields().via.type), reasonNodes)}`);
        } else if (['kind', 'weight', 'detail'].includes(reasonField)) {
          reasonEntries.push(`${mapKey(reasonKey)}: ${r}.${reasonField}`);
        }
      }
      resultEntries.push(
        `${mapKey(key)}: COLLECT { UNWIND ${mine} AS ${r} WITH ${r}, ${r}.via AS ${via} ORDER BY ${r}.weight DESC RETURN { ${reasonEntries.join(', ')} } }`,
      );
    }
  }
  const reason = (kind: string, viaExpr: string, weight: string, detail = 'null') =>
    `RETURN { c: other, kind: '${kind}', via: ${viaExpr}, weight: ${weight}, detail: ${detail} } AS row`;

  // No aggregation functions on purpose: inside a map projection of `source`, Neo4j
  // would read them as grouping on `source` and refuse the statement. Reasons are
  // gathered into a list and grouped per candidate with list operations instead.
  return `COLLECT {
    WITH COLLECT {
      CALL (${source}) {
        MATCH (${source})-[:TARGETS]->(t:Target)<-[:TARGETS]-(other:Mission) WHERE other <> ${source}
        WITH other, t, COUNT { (t)<-[:TARGETS]-(:Mission) } AS missions
        ${reason('SHARED_TARGET', 't', `${w}.sharedTarget[t.kind] * ${rarity('missions')}`)}
        UNION
        MATCH (${source})-[:FOLLOWS]-(other:Mission) WHERE other <> ${source}
        ${reason('FOLLOW_UP', 'null', `${w}.followUp`)}
        UNION
        MATCH (${source})-[:OPERATED_BY]->(a:Agency)<-[:OPERATED_BY]-(other:Mission) WHERE other <> ${source}
        WITH other, a, COUNT { (a)<-[:OPERATED_BY]-(:Mission) } AS missions
        ${reason('SHARED_AGENCY', 'a', `${w}.sharedAgency * ${rarity('missions')}`)}
        UNION
        MATCH (${source})-[:TARGETS]->(site:Target)-[:ORBITS]->(body:Target)<-[:ORBITS]-(otherSite:Target)<-[:TARGETS]-(other:Mission)
        WHERE other <> ${source} AND site <> otherSite AND site.kind IN ['SITE', 'REGION'] AND otherSite.kind IN ['SITE', 'REGION']
        ${reason('SAME_PARENT_BODY', 'body', `${w}.sameParentBody`)}
        UNION
        MATCH (${source})-[:TARGETS {order: 0}]->(t:Target), (other:Mission)-[:TARGETS {order: 0}]->(t2:Target)
        WHERE other <> ${source} AND t2.kind = t.kind AND t2 <> t
        ${reason('SAME_TARGET_KIND', 'null', `${w}.primaryTargetKind[t.kind]`, 't.kind')}
        UNION
        MATCH (other:Mission) WHERE other <> ${source}
        UNWIND [k IN other.kinds WHERE k IN ${source}.kinds] AS k
        ${reason('SAME_MISSION_KIND', 'null', `${w}.missionKind[k]`, 'k')}
      }
      RETURN row
    } AS ${rows}
    UNWIND reduce(seen = [], row IN ${rows} | CASE WHEN row.c IN seen THEN seen ELSE seen + row.c END) AS ${c}
    WITH ${c}, [row IN ${rows} WHERE row.c = ${c}] AS ${mine}
    WITH ${c}, ${mine}, reduce(total = 0.0, row IN ${mine} | total + row.weight) AS ${score}
    ORDER BY ${score} DESC, ${c}.id LIMIT ${statement.intParam(limit)}
    RETURN { ${resultEntries.join(', ')} }
  }`;
}
