import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../entities/date.scalar';
import { MissionKind, MissionOrder, MissionStatus, TargetKind } from '../entities/entity.enums';

@InputType({ description: 'All given conditions must hold.' })
export class MissionWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or an alias.' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Operated by this agency.' })
  agency?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Targets this target, or a target whose parent chain reaches it (a Mars landing site counts for Mars).',
  })
  target?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Shares at least one target with this mission (the mission itself left out): its "same destination" list.',
  })
  sharesTargetWith?: string | null;

  @Field(() => TargetKind, { nullable: true })
  targetKind?: TargetKind | null;

  @Field(() => MissionKind, { nullable: true })
  kind?: MissionKind | null;

  @Field(() => MissionStatus, { nullable: true })
  status?: MissionStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Launched on or after this date.' })
  launchedAfter?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Launched on or before this date.' })
  launchedBefore?: string | null;
}

/** A page of missions, unless `first` says otherwise. */
export const MISSIONS_PAGE = 20;

@ArgsType()
export class MissionsArgs {
  @Field(() => MissionWhere, { nullable: true })
  where?: MissionWhere | null;

  @Field(() => MissionOrder, { nullable: true, defaultValue: MissionOrder.LAUNCH_DATE_ASC })
  orderBy?: MissionOrder | null;

  @Field(() => Int, { nullable: true, defaultValue: MISSIONS_PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
