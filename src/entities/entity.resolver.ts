import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { IdScheme } from './entity.enums';
import { findOne } from './entity.queries';
import { Entity } from './entity.type';
import { entityByExternalId } from './externalId.queries';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true })
  entity(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, null, id);
  }

  @Query(() => Entity, { nullable: true, description: 'v2. The entity another catalogue knows by this identifier; null when none.' })
  entityByExternalId(
    @Arg('scheme', () => IdScheme) scheme: IdScheme,
    @Arg('value') value: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityByExternalId(context, info, scheme, value);
  }
}
