import { AGENCY } from '../agencies/agency.fields';
import { withCommonFields } from '../entities/entity.fields';
import { Collection, ENTITY_KINDS, KindNames } from '../entities/entityKinds';
import { EntityDescriptor, PropertyDescriptor, RecordSpec, recordFields, RelationDescriptor } from '../entities/fieldDescriptor';
import { EVENT } from '../events/event.fields';
import { MISSION } from '../missions/mission.fields';
import { TARGET } from '../targets/target.fields';

export type RecordField = [name: string, descriptor: (PropertyDescriptor | RelationDescriptor) & { record: RecordSpec }];

/** One kind of entity as the documents see it: its names, its descriptor, its record fields in record order. */
export interface KindModel extends KindNames {
  descriptor: EntityDescriptor;
  /** What is validated: every field a record may have. */
  accepted: RecordField[];
  /** What is written, exported and hashed: the fields the API takes. */
  fields: RecordField[];
  /** The record fields that name other entities: what validation checks and writes link. */
  references: [name: string, descriptor: RelationDescriptor & { record: RecordSpec & { ordered: boolean } }][];
}

const DESCRIPTORS: Record<Collection, EntityDescriptor> = { agencies: AGENCY, targets: TARGET, missions: MISSION, events: EVENT };

/** The graph's four kinds, in write order: what a record refers to is written before it. */
export const GRAPH_MODEL: readonly KindModel[] = ENTITY_KINDS.map((names) => {
  const descriptor = DESCRIPTORS[names.collection];
  const accepted = recordFields(withCommonFields(descriptor.fields));
  const fields = accepted.filter(([, field]) => field.record.input !== false);
  return {
    ...names,
    descriptor,
    accepted,
    fields,
    references: fields.filter((field): field is KindModel['references'][number] => field[1].kind === 'relation'),
  };
});
