import { Label, Rel } from '../cypher/vocabulary';
import { DateScalar } from '../entities/date.scalar';
import { MissionKind, MissionStatus } from '../entities/entity.enums';
import { defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { pendingRecordFields } from '../entities/pendingFields';
import { recordRules, rules } from '../validation/fieldRules';

/** A mission: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const MISSION = defineEntity({
  label: Label.Mission,
  fields: {
    aliases: prop(() => [String], {
      storage: 'list',
      description: 'Other names: "Tianwen 2", "ZhengHe".',
      record: { rule: recordRules.names },
    }),
    summary: prop(() => String, { nullable: true, record: { rule: rules.text } }),
    kinds: prop(() => [MissionKind], {
      storage: 'list',
      record: { rule: rules.listOf(rules.oneOf(MissionKind), { nonEmpty: true }), required: true },
    }),
    status: prop(() => MissionStatus, { record: { rule: rules.oneOf(MissionStatus), required: true } }),
    launchDate: prop(() => DateScalar, { storage: 'date', nullable: true, record: { rule: rules.date } }),
    endDate: prop(() => DateScalar, { storage: 'date', nullable: true, record: { rule: rules.date } }),
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
    externalIds: pendingRecordFields.externalIds,
    cosparNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
    endNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
    names: pendingRecordFields.names,
  },
  searchText: ['aliases'],
});
