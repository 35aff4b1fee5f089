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
  @Query(() => Target, { nullable: true, description: 'The target with this id; null when there is none.' })
  target(@Arg('id', () => ID, { description: 'Its id, exactly as the graph writes it: lower case, hyphenated.' }) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Target, id);
  }

  @Query(() => TargetConnection, { description: 'Targets, by name, a page at a time.' })
  targets(@Args() args: TargetsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findTargets(context, info, args);
  }
}
