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
    @Arg('from', () => ID, { description: 'The id the path starts at.' }) from: string,
    @Arg('to', () => ID, { description: 'The id the path ends at.' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 6, description: 'The longest path looked for, from 1 to 8 relationships.' }) maxHops: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return shortestPath(context, info, from, to, maxHops ?? 6);
  }

  @Query(() => Subgraph, { description: 'The entity and everything within depth hops (depth at most 3), at most limit nodes (at most 500).' })
  neighborhood(
    @Arg('id', () => ID, { description: 'The entity at the centre.' }) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: 'How many relationships out, from 0 to 3.' }) depth: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100, description: 'The most nodes answered, from 1 to 500, the centre included; nearer ones are kept first.' }) limit: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return neighborhood(context, info, id, depth ?? 1, limit ?? 100);
  }
}
