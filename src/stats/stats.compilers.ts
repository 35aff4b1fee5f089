import { Int } from 'type-graphql';
import { FieldCompiler } from '../cypher/compiledField';
import { checkFirst } from '../cypher/pageSize';
import { ANY_RELATIONSHIP, Label, Rel } from '../cypher/vocabulary';

/** A list of { key, count } rows, each projected as the CountByKey selection. */
const countsByKey =
  (rows: string): FieldCompiler =>
  (field) =>
    `COLLECT { ${rows} WITH { key: key, count: count } AS row RETURN ${field.project('row')} }`;

export const STATS_COMPILERS = {
  missions: () => `COUNT { (:${Label.Mission}) }`,
  agencies: () => `COUNT { (:${Label.Agency}) }`,
  targets: () => `COUNT { (:${Label.Target}) }`,
  events: () => `COUNT { (:${Label.Event}) }`,
  relationships: () => `COUNT { ()-[:${ANY_RELATIONSHIP}]->() }`,
  missionsByTargetKind: countsByKey(
    `MATCH (m:${Label.Mission})-[:${Rel.TARGETS}]->(t:${Label.Target}) WITH DISTINCT m, t.kind AS key
     WITH key, count(m) AS count ORDER BY count DESC, key`,
  ),
  missionsByDecade: countsByKey(
    `MATCH (m:${Label.Mission})
     WITH CASE WHEN m.launchDate IS NULL THEN 'undated' ELSE toString(m.launchDate.year / 10 * 10) + 's' END AS key
     WITH key, count(*) AS count ORDER BY key`,
  ),
  missionsByStatus: countsByKey(`MATCH (m:${Label.Mission}) WITH m.status AS key, count(*) AS count ORDER BY count DESC, key`),
} satisfies Record<string, FieldCompiler>;

const AGENCIES_SHOWN = 10;

export const MISSIONS_BY_AGENCY = {
  description: 'The agencies that fly the most missions, most first; a mission with two agencies counts for each.',
  args: { first: { type: () => Int, defaultValue: AGENCIES_SHOWN, description: 'How many agencies, from 0 to 100.' } },
  // Only missions are OPERATED_BY an agency, so the count is the agency's degree, read without visiting a mission.
  cypher: ((field) => {
    const first = checkFirst(field.arguments().first, AGENCIES_SHOWN, 'missionsByAgency(first)');
    return `COLLECT { MATCH (a:${Label.Agency}) WITH a, COUNT { (a)<-[:${Rel.OPERATED_BY}]-() } AS count WHERE count > 0
      ORDER BY count DESC, a.id LIMIT ${field.statement.intParam(first)} RETURN ${field.project('null', { entity: 'a', count: 'count' })} }`;
  }) as FieldCompiler,
};
