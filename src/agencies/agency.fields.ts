import { Label, Rel } from '../cypher/vocabulary';
import { nestedConnection } from '../entities/connectionField';
import { MissionOrder } from '../entities/entity.enums';
import { computed, defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { FieldCompiler } from '../cypher/compiledField';
import { checkFirst } from '../cypher/pageSize';
import { CountByEntity } from '../stats/stats.type';
import { Int } from 'type-graphql';
import { MISSIONS_PAGE } from '../missions/mission.args';
import { MissionConnection } from '../missions/mission.connection';
import { missionCondition } from '../missions/mission.filter';
import { MISSION_ORDERS } from '../missions/mission.orders';
import { MissionWhere } from '../missions/mission.where';
import { EXTERNAL_ID_KEYS } from '../entities/entity.fields';
import { rules } from '../validation/fieldRules';

const PARTNERS_SHOWN = 10;

/** The agencies on this one's missions, by the number of missions they share; no aggregation, so that it can sit in a projection. */
const partners: FieldCompiler = (field) => {
  const first = checkFirst(field.arguments().first, PARTNERS_SHOWN, `${field.parentType.name}.partners(first)`);
  const [mission, partner, shared] = ['m', 'p', 'shared'].map((name) => field.statement.variable(name));
  return `COLLECT { MATCH (${field.source})<-[:${Rel.OPERATED_BY}]-(:${Label.Mission})-[:${Rel.OPERATED_BY}]->(${partner}:${Label.Agency})
    WHERE ${partner} <> ${field.source} WITH DISTINCT ${partner}
    WITH ${partner}, COUNT { (${field.source})<-[:${Rel.OPERATED_BY}]-(${mission}:${Label.Mission})-[:${Rel.OPERATED_BY}]->(${partner}) } AS ${shared}
    ORDER BY ${shared} DESC, ${partner}.id LIMIT ${field.statement.intParam(first)}
    RETURN ${field.project('null', { entity: partner, count: shared })} }`;
};

/** An agency: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const AGENCY = defineEntity({
  label: Label.Agency,
  fields: {
    abbreviation: prop(() => String, {
      nullable: true,
      description: 'Common abbreviation: CNSA, NASA, ESA, JAXA, ISRO.',
      record: { rule: rules.name },
    }),
    country: prop(() => String, {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country, or null for intergovernmental agencies.',
      record: { rule: rules.country },
    }),
    countryNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
    missions: rel(
      { type: Rel.OPERATED_BY, direction: 'IN', label: Label.Mission, many: true, order: 'launchDate', first: { default: 50 } },
      { description: 'Missions this agency operates or took part in, by launch date.' },
    ),
    missionsConnection: nestedConnection({
      type: () => MissionConnection,
      label: Label.Mission,
      pattern: (agency, mission) => `(${agency})<-[:${Rel.OPERATED_BY}]-(${mission}:${Label.Mission})`,
      where: { type: () => MissionWhere, description: 'Only the missions that match.', condition: missionCondition },
      orders: { type: () => MissionOrder, byName: MISSION_ORDERS, default: MissionOrder.LAUNCH_DATE_ASC },
      defaultFirst: MISSIONS_PAGE,
      description: 'v2. The same missions, paged and filtered, with their count.',
    }),
    partners: computed(() => [CountByEntity], {
      description: 'v2. Agencies that flew missions with this one, most shared missions first; count is the number of missions shared.',
      args: { first: { type: () => Int, defaultValue: PARTNERS_SHOWN, description: 'How many partners, at most 100.' } },
      cypher: partners,
    }),
  },
  derived: { externalIdKeys: EXTERNAL_ID_KEYS },
  searchText: ['abbreviation', 'names'],
});
