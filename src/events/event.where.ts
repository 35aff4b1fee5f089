import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../entities/date.scalar';
import { EventOutcome, EventType, TargetKind } from '../entities/entity.enums';

@InputType({ description: 'Conditions on events. All given conditions must hold; AND, OR and NOT combine them.' })
export class EventWhere {
  @Field(() => ID, { nullable: true, description: 'Of this mission.' })
  mission?: string | null;

  @Field(() => ID, { nullable: true, description: 'Involves this target, or a target whose parent chain reaches it.' })
  target?: string | null;

  @Field(() => EventType, { nullable: true, description: 'Of this type.' })
  type?: EventType | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  after?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  before?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for events still to come, false for those that happened.' })
  planned?: boolean | null;

  @Field(() => TargetKind, { nullable: true, description: 'v2. Involves a target of this kind.' })
  targetKind?: TargetKind | null;

  @Field(() => [EventType], { nullable: true, description: 'v2. Any of these types.' })
  typeIn?: EventType[] | null;

  @Field(() => EventOutcome, { nullable: true, description: 'v2. Went this way.' })
  outcome?: EventOutcome | null;

  @Field(() => [EventWhere], { nullable: true, description: 'v2. Every one of these holds.' })
  AND?: EventWhere[] | null;

  @Field(() => [EventWhere], { nullable: true, description: 'v2. At least one of these holds.' })
  OR?: EventWhere[] | null;

  @Field(() => EventWhere, { nullable: true, description: 'v2. This does not hold.' })
  NOT?: EventWhere | null;
}
