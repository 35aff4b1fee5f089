import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { Label } from '../cypher/vocabulary';
import { findOne } from '../entities/entity.queries';
import { AgenciesArgs } from './agency.args';
import { AgencyConnection } from './agency.connection';
import { findAgencies } from './agency.queries';
import { Agency } from './agency.type';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Agency, id);
  }

  @Query(() => AgencyConnection)
  agencies(@Args() args: AgenciesArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findAgencies(context, info, args);
  }
}
