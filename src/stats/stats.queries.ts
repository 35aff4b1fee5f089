import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { checkFirst } from '../common/pagination';
import { GraphContext } from '../context';
import { RELATIONSHIP_TYPES } from '../graph/model';
import { SelectionCompiler } from '../graph/selectionCompiler';
import { mapKey, StatementBuilder } from '../graph/statementBuilder';

/** Each figure as a subquery returning it under the name `value`. */
const COUNTS: Record<string, (value: string) => string> = {
  missions: (value) => `MATCH (n:Mission) RETURN count(n) AS ${value}`,
  agencies: (value) => `MATCH (n:Agency) RETURN count(n) AS ${value}`,
  targets: (value) => `MATCH (n:Target) RETURN count(n) AS ${value}`,
  events: (value) => `MATCH (n:Event) RETURN count(n) AS ${value}`,
  relationships: (value) => `MATCH ()-[r:${RELATIONSHIP_TYPES.join('|')}]->() RETURN count(r) AS ${value}`,
  missionsByTargetKind: (value) => `MATCH (m:Mission)-[:TARGETS]->(t:Target) WITH DISTINCT m, t.kind AS key
    WITH key, count(m) AS count ORDER BY count DESC, key RETURN collect({ key: key, count: count }) AS ${value}`,
  missionsByDecade: (value) => `MATCH (m:Mission)
    WITH CASE WHEN m.launchDate IS NULL THEN 'undated' ELSE toString(m.launchDate.year / 10 * 10) + 's' END AS key
    WITH key, count(*) AS count ORDER BY key RETURN collect({ key: key, count: count }) AS ${value}`,
  missionsByStatus: (value) => `MATCH (m:Mission) WITH m.status AS key, count(*) AS count ORDER BY count DESC, key
    RETURN collect({ key: key, count: count }) AS ${value}`,
};

/** Every selected figure in one statement, each from its own subquery so none multiplies another. */
export async function graphStats(context: GraphContext, info: GraphQLResolveInfo) {
  const statement = new StatementBuilder();
  const compiler = new SelectionCompiler(info, statement);
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  const calls: string[] = [];
  const entries: string[] = [];
  for (const [key, nodes] of compiler.subfields(type, info.fieldNodes)) {
    const field = nodes[0].name.value;
    const variable = `v${calls.length}`;
    if (field === 'missionsByAgency') {
      const first = checkFirst(compiler.arguments(type, nodes).first, 10, 'missionsByAgency(first)');
      const byEntity = getNamedType(type.getFields().missionsByAgency.type) as GraphQLObjectType;
      const parts: string[] = [];
      for (const [itemKey, itemNodes] of compiler.subfields(byEntity, nodes)) {
        const itemField = itemNodes[0].name.value;
        if (itemField === 'count') parts.push(`${mapKey(itemKey)}: count`);
        if (itemField === 'entity') parts.push(`${mapKey(itemKey)}: ${compiler.project('a', getNamedType(byEntity.getFields().entity.type), itemNodes)}`);
      }
      // Only missions are OPERATED_BY an agency, so the count is the agency's degree, read without visiting a mission.
      calls.push(`CALL () { MATCH (a:Agency) WITH a, COUNT { (a)<-[:OPERATED_BY]-() } AS count WHERE count > 0
        ORDER BY count DESC, a.id LIMIT ${statement.intParam(first)} RETURN collect({ ${parts.join(', ')} }) AS ${variable} }`);
    } else if (COUNTS[field]) {
      calls.push(`CALL () { ${COUNTS[field](variable)} }`);
    } else {
      continue;
    }
    entries.push(`${mapKey(key)}: ${variable}`);
  }
  const [row] = await context.db.read(statement.build(`${calls.join('\n')}\nRETURN { ${entries.join(', ')} } AS stats`), context.cypherLog);
  return row.stats;
}
