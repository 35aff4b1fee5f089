import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AFTER_DESCRIPTION, PAGE_SIZE_DESCRIPTION } from '../entities/connection.type';
import { TargetKind } from '../entities/entity.enums';

@InputType({ description: 'Conditions on targets; all given must hold.' })
export class TargetWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name, designation or an alias.' })
  text?: string | null;

  @Field(() => TargetKind, { nullable: true, description: 'Of this kind.' })
  kind?: TargetKind | null;

  @Field(() => ID, { nullable: true, description: 'Directly orbits or lies on this target.' })
  parent?: string | null;
}

/** A page of targets, unless `first` says otherwise. */
export const TARGETS_PAGE = 20;

@ArgsType()
export class TargetsArgs {
  @Field(() => TargetWhere, { nullable: true, description: 'Only the targets that match.' })
  where?: TargetWhere | null;

  @Field(() => Int, { nullable: true, defaultValue: TARGETS_PAGE, description: PAGE_SIZE_DESCRIPTION })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}
