import { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { graphStats } from './stats.queries';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats)
  stats(@Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return graphStats(context, info);
  }
}
