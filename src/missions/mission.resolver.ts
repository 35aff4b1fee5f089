import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { Label } from '../cypher/vocabulary';
import { findOne } from '../entities/entity.queries';
import { MissionsArgs } from './mission.args';
import { MissionConnection } from './mission.connection';
import { findMissions } from './mission.queries';
import { Mission } from './mission.type';

@Resolver(() => Mission)
export class MissionResolver {
  @Query(() => Mission, { nullable: true, description: 'The mission with this id; null when there is none.' })
  mission(@Arg('id', () => ID, { description: 'Its id, exactly as the graph writes it: lower case, hyphenated.' }) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Mission, id);
  }

  @Query(() => MissionConnection, { description: 'Missions that match `where`, in `orderBy` order, a page at a time, with how many match in all.' })
  missions(@Args() args: MissionsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findMissions(context, info, args);
  }
}
