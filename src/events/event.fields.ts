import { Float } from 'type-graphql';
import { Label, Rel } from '../cypher/vocabulary';
import { DateScalar } from '../entities/date.scalar';
import { DatePrecision, EventOutcome, EventType } from '../entities/entity.enums';
import { servedOnly } from '../entities/entity.fields';
import { computed, defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { recordRules, rules } from '../validation/fieldRules';

/** Where an event sorts (see cypher/ordering.ts): a MONTH or YEAR event at the middle of its month or year. */
const SORT_DATE = `CASE row.datePrecision
  WHEN 'YEAR' THEN date(row.date) + duration({months: 6})
  WHEN 'MONTH' THEN date(row.date) + duration({days: 14})
  ELSE date(row.date) END`;

/** An event: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const EVENT = defineEntity({
  label: Label.Event,
  fields: {
    mission: rel(
      { type: Rel.HAS_EVENT, direction: 'IN', label: Label.Mission, many: false, order: 'name' },
      { nullable: false, description: 'The mission it happened to.', record: { rule: rules.id, required: true } },
    ),
    type: prop(() => EventType, { description: 'What happened.', record: { rule: rules.oneOf(EventType), required: true } }),
    date: prop(() => DateScalar, {
      storage: 'date',
      nullable: true,
      description: 'For MONTH or YEAR precision, the first day of that month or year.',
      record: { rule: rules.date },
    }),
    datePrecision: prop(() => DatePrecision, { description: 'How precisely the sources give the date.', record: { rule: rules.oneOf(DatePrecision), required: true } }),
    planned: prop(() => Boolean, { description: 'True while the event has not happened yet.', record: { rule: rules.boolean, required: true } }),
    description: prop(() => String, { nullable: true, description: 'What happened, in a sentence or two of the project\'s own words.', record: { rule: rules.text } }),
    distanceKm: prop(() => Float, {
      nullable: true,
      description: 'Distance from Earth when it happened, where that is the point (an image of Earth taken from 43 million km).',
      record: { rule: rules.distance },
    }),
    outcome: prop(() => EventOutcome, {
      nullable: true,
      description: 'v2. How it went (a landing that crashed is FAILURE); null while planned or where the sources do not say.',
      record: { rule: rules.oneOf(EventOutcome), inputDescription: 'v2. Only for an event that has happened (planned: false).' },
    }),
    targets: rel(
      { type: Rel.INVOLVES, direction: 'OUT', label: Label.Target, many: true, order: 'relationshipOrder' },
      { description: 'The bodies and places involved, the main one first: the body flown by, the site landed on, what was sampled.', record: { rule: recordRules.ids, ordered: true } },
    ),
    when: computed(() => String, {
      nullable: true,
      description: 'v2. The date at its precision, EDTF level 0: "2025", "2026-07", "2025-05-28"; null when unknown.',
      cypher: ({ source }) => `CASE ${source}.datePrecision
        WHEN 'YEAR' THEN toString(${source}.date.year)
        WHEN 'MONTH' THEN substring(toString(${source}.date), 0, 7)
        ELSE toString(${source}.date) END`,
    }),
    // Events have no identifiers or native names of their own: served (as empty lists), never written.
    externalIds: servedOnly('externalIds'),
    names: servedOnly('names'),
  },
  // The published schema lists these first.
  servedOrder: ['type', 'date', 'datePrecision', 'planned', 'description', 'distanceKm', 'mission', 'targets'],
  derived: { sortDate: SORT_DATE },
});
