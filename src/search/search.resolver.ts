import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { AFTER_DESCRIPTION } from '../entities/connection.type';
import { EntityKind } from '../entities/entity.enums';
import { search, SEARCH_DEFAULT_FIRST, searchConnection } from './search.queries';
import { SearchHit } from './search.type';
import { SearchConnection } from './searchConnection.type';

const TEXT = 'What to look for, as a person types it: words in any script, split or joined, with a typo or two.';
const KINDS = 'Only entities of these kinds; all kinds when absent.';
const FIRST = 'How many hits, at most 100.';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, aliases, designations and descriptions; tolerant of case, accents ("Kamo\'oalewa" finds "Kamoʻoalewa") and small typos.',
  })
  search(
    @Arg('text', { description: TEXT }) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: KINDS }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: SEARCH_DEFAULT_FIRST, description: FIRST }) first: number,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return search(context, info, { text, kinds, first });
  }

  @Query(() => SearchConnection, {
    description: 'The same search a page at a time, with the number of hits and, when nothing matches, suggestions of what was meant.',
  })
  searchConnection(
    @Arg('text', { description: TEXT }) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: KINDS }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: SEARCH_DEFAULT_FIRST, description: FIRST }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return searchConnection(context, info, { text, kinds, first, after });
  }
}
