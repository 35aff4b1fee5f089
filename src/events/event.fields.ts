import { Float } from 'type-graphql';
import { Label, Rel } from '../cypher/vocabulary';
import { DateScalar } from '../entities/date.scalar';
import { DatePrecision, EventOutcome, EventType } from '../entities/entity.enums';
import { defineEntity, prop, rel } from '../entities/fieldDescriptor';
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
      { nullable: false, record: { rule: rules.id, required: true } },
    ),
    type: prop(() => EventType, { record: { rule: rules.oneOf(EventType), required: true } }),
    date: prop(() => DateScalar, {
      storage: 'date',
      nullable: true,
      description: 'For MONTH or YEAR precision, the first day of that month or year.',
      record: { rule: rules.date },
    }),
    datePrecision: prop(() => DatePrecision, { record: { rule: rules.oneOf(DatePrecision), required: true } }),
    planned: prop(() => Boolean, { description: 'True while the event has not happened yet.', record: { rule: rules.boolean, required: true } }),
    description: prop(() => String, { nullable: true, record: { rule: rules.text } }),
    distanceKm: prop(() => Float, {
      nullable: true,
      description: 'Distance from Earth when it happened, where that is the point (an image of Earth taken from 43 million km).',
      record: { rule: rules.distance },
    }),
    outcome: prop(() => EventOutcome, { nullable: true, served: false, record: { rule: rules.oneOf(EventOutcome), input: false } }),
    targets: rel(
      { type: Rel.INVOLVES, direction: 'OUT', label: Label.Target, many: true, order: 'relationshipOrder' },
      { record: { rule: recordRules.ids, ordered: true } },
    ),
  },
  // The published schema lists these first.
  servedOrder: ['type', 'date', 'datePrecision', 'planned', 'description', 'distanceKm', 'mission', 'targets'],
  derived: { sortDate: SORT_DATE },
});
