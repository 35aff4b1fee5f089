import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What an import did, or would do on a dry run.', simpleResolvers: true })
export class ImportReport {
  @Field({ description: 'False when nothing was written: a dry run, or an input with errors.' })
  applied!: boolean;

  @Field(() => Int, { description: 'Entities that did not exist before.' })
  created!: number;

  @Field(() => Int, { description: 'Entities whose record changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Entities whose record was already exactly this: not written again.' })
  unchanged!: number;

  @Field(() => [String], { description: 'Every problem found, each naming the offending id and field.' })
  errors!: string[];
}
