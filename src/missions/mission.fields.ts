import { Label, Rel } from '../cypher/vocabulary';
import { DateScalar } from '../entities/date.scalar';
import { EventOrder, MissionKind, MissionStatus } from '../entities/entity.enums';
import { nestedConnection } from '../entities/connectionField';
import { EVENTS_PAGE } from '../events/event.args';
import { EventConnection } from '../events/event.connection';
import { eventCondition } from '../events/event.filter';
import { EVENT_ORDERS } from '../events/event.orders';
import { EventWhere } from '../events/event.where';
import { FieldCompiler } from '../cypher/compiledField';
import { sortKey } from '../cypher/ordering';
import { entityClass } from '../entities/entityClasses';
import { computed, defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { EXTERNAL_ID_KEYS } from '../entities/entity.fields';
import { recordRules, rules } from '../validation/fieldRules';

/** A collection or return that happened, fully or in part (Hayabusa brought back grains of Itokawa; Genesis's capsule crashed, its samples survived). */
const returned = (event: string) => `${event}.outcome IN ['SUCCESS', 'PARTIAL'] AND ${event}.planned = false`;

/**
 * Nothing until a capsule has come home; then the bodies its successful
 * collections took samples of: a site's body stands for the site (Tamatebako
 * is on Ryugu, Mare Fecunditatis on the Moon).
 */
const samplesReturnedFrom: FieldCompiler = (field) => {
  const [returnEvent, collection, target, parent, body] = ['r', 'e', 't', 'p', 'body'].map((name) => field.statement.variable(name));
  return `CASE WHEN EXISTS { (${field.source})-[:${Rel.HAS_EVENT}]->(${returnEvent}:${Label.Event} {type: 'SAMPLE_RETURN'}) WHERE ${returned(returnEvent)} }
    THEN COLLECT { MATCH (${field.source})-[:${Rel.HAS_EVENT}]->(${collection}:${Label.Event} {type: 'SAMPLE_COLLECTION'})-[:${Rel.INVOLVES}]->(${target}:${Label.Target})
      WHERE ${returned(collection)} OPTIONAL MATCH (${target})-[:${Rel.ORBITS}]->(${parent}:${Label.Target})
      WITH DISTINCT CASE WHEN ${target}.kind IN ['SITE', 'REGION'] AND ${parent} IS NOT NULL THEN ${parent} ELSE ${target} END AS ${body}
      ORDER BY ${body}.name, ${body}.id RETURN ${field.project(body)} }
    ELSE [] END`;
};

/** FOLLOWS is acyclic (seed:check) and short; the bound keeps a bad import from walking far. */
const MAX_LINEAGE = 20;

const lineage: FieldCompiler = (field) => {
  const ancestor = field.statement.variable('m');
  return `COLLECT { MATCH (${field.source})-[:${Rel.FOLLOWS}*1..${MAX_LINEAGE}]->(${ancestor}:${Label.Mission}) WITH DISTINCT ${ancestor}
    ORDER BY ${sortKey('launchDate', ancestor)}, ${ancestor}.id RETURN ${field.project(ancestor)} }`;
};

/** A mission: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const MISSION = defineEntity({
  label: Label.Mission,
  fields: {
    aliases: prop(() => [String], {
      storage: 'list',
      description: 'Other names: "Tianwen 2", "ZhengHe".',
      record: { rule: recordRules.names },
    }),
    summary: prop(() => String, { nullable: true, description: 'What the mission is and did, in a few sentences of the project\'s own words.', record: { rule: rules.text } }),
    kinds: prop(() => [MissionKind], {
      storage: 'list',
      description: 'What it does at its targets, one or more.',
      record: { rule: rules.listOf(rules.oneOf(MissionKind), { nonEmpty: true }), required: true },
    }),
    status: prop(() => MissionStatus, { description: 'Where it stands, as of `dataset.asOf`.', record: { rule: rules.oneOf(MissionStatus), required: true } }),
    launchDate: prop(() => DateScalar, { storage: 'date', nullable: true, description: 'The launch day in UTC; null while not launched.', record: { rule: rules.date } }),
    endDate: prop(() => DateScalar, { storage: 'date', nullable: true, description: 'The day operations ended or contact was lost, in UTC; null while active.', record: { rule: rules.date } }),
    agencies: rel(
      { type: Rel.OPERATED_BY, direction: 'OUT', label: Label.Agency, many: true, order: 'relationshipOrder' },
      {
        description: 'Operating agencies, the lead agency first.',
        record: { rule: recordRules.someIds, required: true, ordered: true, inputDescription: "Lead agency first. Replaces the mission's agencies." },
      },
    ),
    targets: rel(
      { type: Rel.TARGETS, direction: 'OUT', label: Label.Target, many: true, order: 'relationshipOrder' },
      {
        description: 'Targets in mission order: the primary target first.',
        record: { rule: recordRules.someIds, required: true, ordered: true, inputDescription: "Primary target first. Replaces the mission's targets." },
      },
    ),
    predecessors: rel(
      { type: Rel.FOLLOWS, direction: 'OUT', label: Label.Mission, many: true, order: 'launchDate' },
      {
        description: 'Missions this one follows up (Tianwen-2 follows Tianwen-1).',
        record: { rule: recordRules.ids, inputDescription: 'Replaces the missions this one follows up.' },
      },
    ),
    successors: rel(
      { type: Rel.FOLLOWS, direction: 'IN', label: Label.Mission, many: true, order: 'launchDate' },
      { description: 'Missions that follow this one up.' },
    ),
    events: rel(
      { type: Rel.HAS_EVENT, direction: 'OUT', label: Label.Event, many: true, order: 'eventDate', first: { default: 100 } },
      { description: "The mission's events, chronological." },
    ),
    eventsConnection: nestedConnection({
      type: () => EventConnection,
      label: Label.Event,
      pattern: (mission, event) => `(${mission})-[:${Rel.HAS_EVENT}]->(${event}:${Label.Event})`,
      where: { type: () => EventWhere, description: 'Only the events that match.', condition: eventCondition },
      orders: { type: () => EventOrder, byName: EVENT_ORDERS, default: EventOrder.DATE_ASC },
      defaultFirst: EVENTS_PAGE,
      description: 'v2. The events, paged and filtered, with their count.',
    }),
    samplesReturnedFrom: computed(() => [entityClass(Label.Target)], {
      description:
        'v2. Bodies it brought samples of back to Earth: the targets of its successful SAMPLE_COLLECTION events, once a SAMPLE_RETURN has succeeded (Ryugu for Hayabusa2; nothing yet for Tianwen-2). A partial success counts: Hayabusa returned grains of Itokawa.',
      cypher: samplesReturnedFrom,
    }),
    lineage: computed(() => [entityClass(Label.Mission)], {
      description: 'v2. The missions it follows up, transitively, oldest first (Hayabusa2: Hayabusa).',
      cypher: lineage,
    }),
    cosparNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
    endNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
  },
  derived: { externalIdKeys: EXTERNAL_ID_KEYS },
  searchText: ['aliases', 'names'],
});
