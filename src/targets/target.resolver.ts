import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { Label } from '../cypher/vocabulary';
import { findOne } from '../entities/entity.queries';
import { TargetsArgs } from './target.args';
import { TargetConnection } from './target.connection';
import { findTargets } from './target.queries';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => Target, { nullable: true })
  target(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Target, id);
  }

  @Query(() => TargetConnection)
  targets(@Args() args: TargetsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findTargets(context, info, args);
  }
}
