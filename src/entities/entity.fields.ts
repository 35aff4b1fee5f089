import { ID } from 'type-graphql';
import { recordRules, rules } from '../validation/fieldRules';
import { FieldDescriptor, prop } from './fieldDescriptor';

/** The fields every entity has, first in its records. */
export const ENTITY_HEAD: Record<string, FieldDescriptor> = {
  id: prop(() => ID, { record: { rule: rules.id, required: true } }),
  name: prop(() => String, { record: { rule: rules.name, required: true } }),
};

/** The fields every entity has, last in its records (the stamps are served, never written by a record). */
export const ENTITY_TAIL: Record<string, FieldDescriptor> = {
  sources: prop(() => [String], {
    storage: 'list',
    description: 'URLs of the public sources the facts about this entity come from.',
    record: { rule: recordRules.sources, required: true },
  }),
  updatedAt: prop(() => String, { nullable: true, description: 'When a write last changed this entity (ISO-8601, UTC).' }),
  updatedBy: prop(() => String, { nullable: true, description: 'The name of the write token (or "seed") that last changed it.' }),
};
