import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FieldCompiler } from '../cypher/compiledField';
import { property } from '../cypher/fieldCompilers';
import { Label, Rel } from '../cypher/vocabulary';
import { Compiled } from '../entities/compiled';
import { badUserInput } from '../errors/publicError';
import { missionCondition } from '../missions/mission.filter';
import { MissionWhere } from '../missions/mission.where';

export enum StatsDimension {
  AGENCY = 'AGENCY',
  COUNTRY = 'COUNTRY',
  DECADE = 'DECADE',
  YEAR = 'YEAR',
  STATUS = 'STATUS',
  KIND = 'KIND',
  TARGET = 'TARGET',
  TARGET_KIND = 'TARGET_KIND',
}

registerEnumType(StatsDimension, {
  name: 'StatsDimension',
  description: 'v2. Keys: AGENCY and TARGET give ids, COUNTRY an ISO code, DECADE "1970s", YEAR "1977", the enums their values.',
  valuesConfig: {
    AGENCY: { description: "An operating agency's id; a mission with several agencies counts under each." },
    COUNTRY: { description: 'The ISO 3166 code of an operating agency\'s country, "intergovernmental" for agencies of none (ESA); each country once per mission.' },
    DECADE: { description: 'The launch decade, "1970s"; "undated" for missions not launched.' },
    YEAR: { description: 'The launch year, "1977"; "undated" for missions not launched.' },
    STATUS: { description: 'The mission status.' },
    KIND: { description: 'A mission kind; a mission of several kinds counts under each.' },
    TARGET: { description: "A target's id; a mission with several targets counts under each." },
    TARGET_KIND: { description: 'A kind of target the mission aims at; each kind once per mission.' },
  },
});

/** One cell of a pivot table: the missions with these keys, one per dimension in the order asked. */
@ObjectType({ description: 'v2. One cell of a pivot table: how many missions have these keys, one per dimension in the order asked.', simpleResolvers: true })
export class Facet {
  @Field(() => [String], { description: 'One key per dimension, in the order of `dimensions`.' })
  @Compiled(property('keys'))
  keys!: string[];

  @Field(() => Int, { description: 'How many missions have these keys.' })
  @Compiled(property('count'))
  count!: number;
}

/** The keys a mission `m` has along one dimension: a list, so that a mission with two agencies counts under each. */
function keysOf(dimension: StatsDimension, m: string): string {
  switch (dimension) {
    case StatsDimension.AGENCY:
      return `COLLECT { MATCH (${m})-[:${Rel.OPERATED_BY}]->(a:${Label.Agency}) RETURN a.id }`;
    case StatsDimension.COUNTRY:
      return `COLLECT { MATCH (${m})-[:${Rel.OPERATED_BY}]->(a:${Label.Agency}) RETURN DISTINCT coalesce(a.country, 'intergovernmental') }`;
    case StatsDimension.DECADE:
      return `[CASE WHEN ${m}.launchDate IS NULL THEN 'undated' ELSE toString(${m}.launchDate.year / 10 * 10) + 's' END]`;
    case StatsDimension.YEAR:
      return `[coalesce(toString(${m}.launchDate.year), 'undated')]`;
    case StatsDimension.STATUS:
      return `[${m}.status]`;
    case StatsDimension.KIND:
      return `coalesce(${m}.kinds, [])`;
    case StatsDimension.TARGET:
      return `COLLECT { MATCH (${m})-[:${Rel.TARGETS}]->(t:${Label.Target}) RETURN t.id }`;
    case StatsDimension.TARGET_KIND:
      return `COLLECT { MATCH (${m})-[:${Rel.TARGETS}]->(t:${Label.Target}) RETURN DISTINCT t.kind }`;
  }
}

export const MAX_DIMENSIONS = 3;

/** Missions counted along one to three dimensions at once, largest cells first. */
export const missionsBy: FieldCompiler = (field) => {
  const { dimensions, where } = field.arguments() as { dimensions: StatsDimension[]; where?: MissionWhere };
  if (dimensions.length < 1 || dimensions.length > MAX_DIMENSIONS || new Set(dimensions).size !== dimensions.length) {
    throw badUserInput(`missionsBy takes one to ${MAX_DIMENSIONS} different dimensions, got [${dimensions.join(', ')}].`);
  }
  const m = field.statement.variable('m');
  const condition = missionCondition(field.statement, m, where ?? null, 'missionsBy(where)');
  const keys = dimensions.map((_, index) => field.statement.variable(`k${index}`));
  const unwinds = dimensions.map((dimension, index) => `UNWIND ${keysOf(dimension, m)} AS ${keys[index]}`).join(' ');
  return `COLLECT { MATCH (${m}:${Label.Mission}) WHERE ${condition} ${unwinds}
    WITH [${keys.join(', ')}] AS keys, count(DISTINCT ${m}) AS count ORDER BY count DESC, keys
    WITH { keys: keys, count: count } AS facet RETURN ${field.project('facet')} }`;
};
