import { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { graphStats } from './stats.queries';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats, { description: 'Counts over the whole graph: its size, and missions by status, decade, target kind, agency and, with missionsBy, any mix of those.' })
  stats(@Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return graphStats(context, info);
  }
}
