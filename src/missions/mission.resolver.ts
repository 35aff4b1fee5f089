import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { Event } from '../events/event.type';
import { findOne } from '../graph/graphQueries';
import { projected } from '../graph/projected';
import { MissionsArgs } from './mission.args';
import { MissionConnection } from './mission.connection';
import { findMissions } from './mission.queries';
import { Mission } from './mission.type';

@Resolver(() => Mission)
export class MissionResolver {
  @Query(() => Mission, { nullable: true })
  mission(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, 'Mission', id);
  }

  @Query(() => MissionConnection)
  missions(@Args() args: MissionsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findMissions(context, info, args);
  }

  /** Compiled into the root statement, which has already applied `first`. */
  @FieldResolver(() => [Event], { description: "The mission's events, chronological." })
  events(@Root() mission: Mission, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) _first: number) {
    return projected(mission, info);
  }
}
