import { ArgsType, Field, Int } from 'type-graphql';
import { AFTER_DESCRIPTION, PAGE_SIZE_DESCRIPTION } from '../entities/connection.type';
import { EventOrder } from '../entities/entity.enums';
import { EventWhere } from './event.where';

export { EventWhere };

/** A page of events, unless `first` says otherwise. */
export const EVENTS_PAGE = 20;

@ArgsType()
export class EventsArgs {
  @Field(() => EventWhere, { nullable: true, description: 'Only the events that match.' })
  where?: EventWhere | null;

  @Field(() => EventOrder, { nullable: true, defaultValue: EventOrder.DATE_ASC, description: 'Oldest or newest first.' })
  orderBy?: EventOrder | null;

  @Field(() => Int, { nullable: true, defaultValue: EVENTS_PAGE, description: PAGE_SIZE_DESCRIPTION })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}
