import { Label, Rel } from '../cypher/vocabulary';
import { EventOrder, MissionOrder, TargetKind } from '../entities/entity.enums';
import { nestedConnection } from '../entities/connectionField';
import { EVENTS_PAGE } from '../events/event.args';
import { EventConnection } from '../events/event.connection';
import { eventCondition } from '../events/event.filter';
import { EVENT_ORDERS } from '../events/event.orders';
import { EventWhere } from '../events/event.where';
import { MISSIONS_PAGE } from '../missions/mission.args';
import { MissionConnection } from '../missions/mission.connection';
import { missionCondition } from '../missions/mission.filter';
import { MISSION_ORDERS } from '../missions/mission.orders';
import { MissionWhere } from '../missions/mission.where';
import { defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { EXTERNAL_ID_KEYS } from '../entities/entity.fields';
import { recordRules, rules } from '../validation/fieldRules';

/** A target: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const TARGET = defineEntity({
  label: Label.Target,
  fields: {
    kind: prop(() => TargetKind, { description: 'What kind of body or place it is.', record: { rule: rules.oneOf(TargetKind), required: true } }),
    designation: prop(() => String, {
      nullable: true,
      description: 'Catalogue designation: "2016 HO3", "311P/PANSTARRS".',
      record: { rule: rules.name },
    }),
    parent: rel(
      { type: Rel.ORBITS, direction: 'OUT', label: Label.Target, many: false, order: 'name' },
      { description: 'What this target orbits or lies on: Dimorphos -> Didymos, Jezero -> Mars.', record: { rule: rules.id } },
    ),
    aliases: prop(() => [String], {
      storage: 'list',
      description: 'v2. Other names and designations: "HO3", "Kamo\'oalewa".',
      record: { rule: recordRules.names, inputDescription: 'Other names and spellings, searched like the name.' },
    }),
    description: prop(() => String, { nullable: true, description: 'v2. A few sentences on what it is and why missions go there, in the project\'s own words.', record: { rule: rules.text } }),
    children: rel({ type: Rel.ORBITS, direction: 'IN', label: Label.Target, many: true, order: 'name' }, { description: 'What orbits it or lies on it, by name: its moons, its landing sites.' }),
    missions: rel(
      { type: Rel.TARGETS, direction: 'IN', label: Label.Mission, many: true, order: 'launchDate', first: { default: 50 } },
      { description: 'Missions that target it, by launch date.' },
    ),
    events: rel(
      { type: Rel.INVOLVES, direction: 'IN', label: Label.Event, many: true, order: 'eventDate', first: { default: 100 } },
      { description: 'Events that involve it, chronological.' },
    ),
    missionsConnection: nestedConnection({
      type: () => MissionConnection,
      label: Label.Mission,
      pattern: (target, mission) => `(${target})<-[:${Rel.TARGETS}]-(${mission}:${Label.Mission})`,
      where: { type: () => MissionWhere, description: 'Only the missions that match.', condition: missionCondition },
      orders: { type: () => MissionOrder, byName: MISSION_ORDERS, default: MissionOrder.LAUNCH_DATE_ASC },
      defaultFirst: MISSIONS_PAGE,
      description: 'v2. The same missions, paged and filtered, with their count.',
    }),
    eventsConnection: nestedConnection({
      type: () => EventConnection,
      label: Label.Event,
      pattern: (target, event) => `(${target})<-[:${Rel.INVOLVES}]-(${event}:${Label.Event})`,
      where: { type: () => EventWhere, description: 'Only the events that match.', condition: eventCondition },
      orders: { type: () => EventOrder, byName: EVENT_ORDERS, default: EventOrder.DATE_ASC },
      defaultFirst: EVENTS_PAGE,
      description: 'v2. The same events, paged and filtered, with their count.',
    }),
  },
  // The published schema lists these first.
  servedOrder: ['designation', 'kind', 'parent', 'children', 'missions', 'events'],
  derived: { externalIdKeys: EXTERNAL_ID_KEYS },
  searchText: ['aliases', 'designation', 'names'],
});
