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
  @Query(() => Agency, { nullable: true, description: 'The agency with this id; null when there is none.' })
  agency(@Arg('id', () => ID, { description: 'Its id, exactly as the graph writes it: lower case, hyphenated.' }) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, Label.Agency, id);
  }

  @Query(() => AgencyConnection, { description: 'Agencies, by name, a page at a time.' })
  agencies(@Args() args: AgenciesArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findAgencies(context, info, args);
  }
}
