import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../entities/date.scalar';
import { MissionKind, MissionStatus, TargetKind } from '../entities/entity.enums';
import { EventWhere } from '../events/event.where';

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

  @Field(() => TargetKind, { nullable: true, description: 'Targets something of this kind.' })
  targetKind?: TargetKind | null;

  @Field(() => MissionKind, { nullable: true, description: 'Is a mission of this kind (one of its kinds).' })
  kind?: MissionKind | null;

  @Field(() => MissionStatus, { nullable: true, description: 'Has this status.' })
  status?: MissionStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Launched on or after this date.' })
  launchedAfter?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Launched on or before this date.' })
  launchedBefore?: string | null;

  @Field(() => [MissionWhere], { nullable: true, description: 'v2. Every one of these holds.' })
  AND?: MissionWhere[] | null;

  @Field(() => [MissionWhere], { nullable: true, description: 'v2. At least one of these holds.' })
  OR?: MissionWhere[] | null;

  @Field(() => MissionWhere, { nullable: true, description: 'v2. This does not hold.' })
  NOT?: MissionWhere | null;

  @Field(() => [MissionStatus], { nullable: true, description: 'v2. Any of these statuses.' })
  statusIn?: MissionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'v2. Targets exactly this target, not merely something on or around it.' })
  targetExactly?: string | null;

  @Field(() => EventWhere, { nullable: true, description: 'v2. Has at least one event that matches.' })
  hasEvent?: EventWhere | null;
}
