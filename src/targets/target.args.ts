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

/** A page of targets, unless `first` says otherwise. */
export const TARGETS_PAGE = 20;

@ArgsType()
export class TargetsArgs {
  @Field(() => TargetWhere, { nullable: true })
  where?: TargetWhere | null;

  @Field(() => Int, { nullable: true, defaultValue: TARGETS_PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
