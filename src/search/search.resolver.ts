import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { EntityKind } from '../entities/entity.enums';
import { search, SEARCH_DEFAULT_FIRST } from './search.queries';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, aliases, designations and descriptions; tolerant of case, accents ("Kamo\'oalewa" finds "Kamoʻoalewa") and small typos.',
  })
  search(
    @Arg('text') text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: SEARCH_DEFAULT_FIRST }) first: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return search(context, info, text, kinds, first);
  }
}
