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
  @Query(() => Mission, { nullable: true })
  mission(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Mission, id);
  }

  @Query(() => MissionConnection)
  missions(@Args() args: MissionsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findMissions(context, info, args);
  }
}
