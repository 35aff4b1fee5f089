import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import './related.fields';
import { RELATED_DEFAULT_FIRST } from './related.compiler';
import { relatedMissions } from './related.queries';
import { RelatedMission } from './related.type';

@Resolver()
export class RelatedResolver {
  @Query(() => [RelatedMission], { description: 'Missions most related to this one, best first, each with the reasons that make it related.' })
  relatedMissions(
    @Arg('id', () => ID, { description: 'The mission to start from.' }) id: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: RELATED_DEFAULT_FIRST, description: 'How many related missions, from 0 to 100.' }) first: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relatedMissions(context, info, id, first);
  }
}
