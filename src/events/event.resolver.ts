import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { Label } from '../cypher/vocabulary';
import { findOne } from '../entities/entity.queries';
import { EventsArgs } from './event.args';
import { EventConnection } from './event.connection';
import { findEvents } from './event.queries';
import { Event } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'The event with this id; null when there is none.' })
  event(@Arg('id', () => ID, { description: 'Its id, exactly as the graph writes it: lower case, hyphenated.' }) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Event, id);
  }

  @Query(() => EventConnection, { description: 'The timeline: events that match `where`, in date order, a page at a time.' })
  events(@Args() args: EventsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findEvents(context, info, args);
  }
}
