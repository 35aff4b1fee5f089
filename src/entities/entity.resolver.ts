import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { IdScheme } from './entity.enums';
import { findOne } from './entity.queries';
import { Entity } from './entity.type';
import { entityByExternalId } from './externalId.queries';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The mission, agency, target or event with this id; null when there is none.' })
  entity(@Arg('id', () => ID, { description: 'Its id, exactly as the graph writes it: lower case, hyphenated.' }) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, null, id);
  }

  @Query(() => Entity, { nullable: true, description: 'v2. The entity another catalogue knows by this identifier; null when none.' })
  entityByExternalId(
    @Arg('scheme', () => IdScheme, { description: 'The catalogue.' }) scheme: IdScheme,
    @Arg('value', { description: 'The identifier as that catalogue writes it: "2020-049A", "Q1234", "499".' }) value: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityByExternalId(context, info, scheme, value);
  }
}
