import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { TargetKind } from '../entities/entity.enums';

@InputType()
export class TargetWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name, designation or an alias.' })
  text?: string | null;

  @Field(() => TargetKind, { nullable: true })
  kind?: TargetKind | null;

  @Field(() => ID, { nullable: true, description: 'Directly orbits or lies on this target.' })
  parent?: string | null;
}

@ArgsType()
export class TargetsArgs {
  @Field(() => TargetWhere, { nullable: true })
  where?: TargetWhere | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
