import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { Event } from '../events/event.type';
import { findOne } from '../graph/graphQueries';
import { projected } from '../graph/projected';
import { Mission } from '../missions/mission.type';
import { TargetsArgs } from './target.args';
import { TargetConnection } from './target.connection';
import { findTargets } from './target.queries';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => Target, { nullable: true })
  target(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, 'Target', id);
  }

  @Query(() => TargetConnection)
  targets(@Args() args: TargetsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findTargets(context, info, args);
  }

  /** Compiled into the root statement, which has already applied `first`. */
  @FieldResolver(() => [Mission], { description: 'Missions that target it, by launch date.' })
  missions(@Root() target: Target, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) _first: number) {
    return projected(target, info);
  }

  @FieldResolver(() => [Event], { description: 'Events that involve it, chronological.' })
  events(@Root() target: Target, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) _first: number) {
    return projected(target, info);
  }
}
