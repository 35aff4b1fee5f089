import { ClassType, Field, InputType } from 'type-graphql';
import { inputTypeOf } from './declareFields';
import { withCommonFields } from './entity.fields';
import { EntityDescriptor, recordFields } from './fieldDescriptor';

/**
 * The input type of an entity's records (MissionInput): its record fields in
 * record order, required where the records require them, described as they
 * are served unless writing one needs saying more.
 */
export function entityInputType(name: string, descriptor: EntityDescriptor, description: string): ClassType {
  @InputType(name, { description })
  class Input {}
  for (const [field, spec] of recordFields(withCommonFields(descriptor.fields))) {
    if (spec.record.input === false) continue;
    Field(inputTypeOf(spec) as never, { nullable: !spec.record.required, description: spec.record.inputDescription ?? spec.description })(Input.prototype, field);
  }
  return Input;
}
