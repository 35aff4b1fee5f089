import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { findOne } from './entity.queries';
import { Entity } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true })
  entity(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, null, id);
  }
}
