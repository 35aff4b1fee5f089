import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { neighborhood, shortestPath } from './traversal.queries';
import { GraphPath, Subgraph } from './graph.type';

@Resolver()
export class PathResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description: 'A shortest path between two entities over any relationship, ignoring direction; null when none within maxHops (at most 8).',
  })
  shortestPath(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 6 }) maxHops: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return shortestPath(context, info, from, to, maxHops ?? 6);
  }

  @Query(() => Subgraph, { description: 'The entity and everything within depth hops (depth at most 3), at most limit nodes (at most 500).' })
  neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return neighborhood(context, info, id, depth ?? 1, limit ?? 100);
  }
}
