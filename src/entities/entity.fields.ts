import { ID } from 'type-graphql';
import { recordRules, rules } from '../validation/fieldRules';
import { ExternalId, ExternalIdInput, LocalizedName, LocalizedNameInput } from './externalId.type';
import { FieldDescriptor, prop } from './fieldDescriptor';

/** The fields every entity has, first in its records. */
export const ENTITY_HEAD: Record<string, FieldDescriptor> = {
  id: prop(() => ID, {
    description: 'Stable, lower-case and hyphenated ("tianwen-2", "cnsa", "kamooalewa"); an event\'s starts with its mission\'s.',
    record: { rule: rules.id, required: true },
  }),
  name: prop(() => String, { description: 'The English name, as the sources write it.', record: { rule: rules.name, required: true } }),
};

/** The fields every entity has, last in its records (the stamps are served, never written by a record). */
export const ENTITY_TAIL: Record<string, FieldDescriptor> = {
  externalIds: prop(() => [ExternalId], {
    storage: { pairs: ['scheme', 'value'] },
    description: 'v2. Identifiers of the same thing in other catalogues, for joining.',
    record: { rule: recordRules.externalIds, inputType: () => [ExternalIdInput], inputDescription: 'v2. Replaces its identifiers in other catalogues.' },
  }),
  names: prop(() => [LocalizedName], {
    storage: { pairs: ['language', 'text'] },
    description: 'v2. Its names in other languages: 天问二号 (zh-Hans), Луна-16 (ru), はやぶさ2 (ja).',
    record: { rule: recordRules.localizedNames, inputType: () => [LocalizedNameInput], inputDescription: 'v2. Replaces its names in other languages: a BCP 47 language tag and the name as written in it.' },
  }),
  sources: prop(() => [String], {
    storage: 'list',
    description: 'URLs of the public sources the facts about this entity come from.',
    record: { rule: recordRules.sources, required: true },
  }),
  updatedAt: prop(() => String, { nullable: true, description: 'When a write last changed this entity (ISO-8601, UTC).' }),
  updatedBy: prop(() => String, { nullable: true, description: 'The name of the write token (or "seed") that last changed it.' }),
};

const COMMON = new Set([...Object.keys(ENTITY_HEAD), ...Object.keys(ENTITY_TAIL)]);
export const isCommonField = (name: string): boolean => COMMON.has(name);

/**
 * Every field of an entity kind in record order: the common head, its own
 * fields, the common tail. A kind may restate a common field to change how its
 * records treat it (events have no identifiers or native names of their own).
 */
export function withCommonFields(own: Record<string, FieldDescriptor>): Record<string, FieldDescriptor> {
  const fields: Record<string, FieldDescriptor> = {};
  for (const [name, field] of Object.entries(ENTITY_HEAD)) fields[name] = own[name] ?? field;
  for (const [name, field] of Object.entries(own)) if (!COMMON.has(name)) fields[name] = field;
  for (const [name, field] of Object.entries(ENTITY_TAIL)) fields[name] = own[name] ?? field;
  return fields;
}

/** A common field served by the Entity interface but not written by this kind's records. */
export const servedOnly = (name: keyof typeof ENTITY_TAIL): FieldDescriptor => ({ ...ENTITY_TAIL[name], record: undefined } as FieldDescriptor);

/** Stored for entityByExternalId: every identifier in one string a text index can search ("|COSPAR:2020-049A|WIKIDATA:Q…|"). */
export const EXTERNAL_ID_KEYS = `CASE WHEN size(row.externalIds) = 0 THEN null
  ELSE reduce(keys = '|', id IN row.externalIds | keys + id.scheme + ':' + id.value + '|') END`;
