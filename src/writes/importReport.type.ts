import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class ImportReport {
  @Field({ description: 'False when nothing was written: a dry run, or an input with errors.' })
  applied!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [String], { description: 'Every problem found, each naming the offending id and field.' })
  errors!: string[];
}
