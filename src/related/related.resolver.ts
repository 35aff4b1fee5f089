import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { projected } from '../graph/projected';
import { Mission } from '../missions/mission.type';
import { relatedMissions } from './related.queries';
import { RelatedMission } from './related.type';

@Resolver(() => Mission)
export class RelatedResolver {
  @Query(() => [RelatedMission], { description: 'Missions most related to this one, best first, each with the reasons that make it related.' })
  relatedMissions(
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedMissions(context, info, id, first);
  }

  /** Compiled into the root statement (graph/computedFields.ts). */
  @FieldResolver(() => [RelatedMission], { description: 'The same ranking as Query.relatedMissions(id: this.id).' })
  related(@Root() mission: Mission, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) _first: number) {
    return projected(mission, info);
  }
}
