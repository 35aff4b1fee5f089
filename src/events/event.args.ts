import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../entities/date.scalar';
import { EventOrder, EventType } from '../entities/entity.enums';

@InputType()
export class EventWhere {
  @Field(() => ID, { nullable: true })
  mission?: string | null;

  @Field(() => ID, { nullable: true, description: 'Involves this target, or a target whose parent chain reaches it.' })
  target?: string | null;

  @Field(() => EventType, { nullable: true })
  type?: EventType | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  after?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  before?: string | null;

  @Field(() => Boolean, { nullable: true })
  planned?: boolean | null;
}

/** A page of events, unless `first` says otherwise. */
export const EVENTS_PAGE = 20;

@ArgsType()
export class EventsArgs {
  @Field(() => EventWhere, { nullable: true })
  where?: EventWhere | null;

  @Field(() => EventOrder, { nullable: true, defaultValue: EventOrder.DATE_ASC })
  orderBy?: EventOrder | null;

  @Field(() => Int, { nullable: true, defaultValue: EVENTS_PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
