import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { projected } from '../graph/projected';
import { graphStats } from './stats.queries';
import { CountByEntity, GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats)
  stats(@Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return graphStats(context, info);
  }

  /** Compiled into the root statement, which has already applied `first`. */
  @FieldResolver(() => [CountByEntity])
  missionsByAgency(@Root() stats: GraphStats, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) _first: number) {
    return projected(stats, info);
  }
}
