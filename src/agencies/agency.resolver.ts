import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { findOne } from '../graph/graphQueries';
import { projected } from '../graph/projected';
import { Mission } from '../missions/mission.type';
import { AgenciesArgs } from './agency.args';
import { AgencyConnection } from './agency.connection';
import { findAgencies } from './agency.queries';
import { Agency } from './agency.type';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findOne(context, info, 'Agency', id);
  }

  @Query(() => AgencyConnection)
  agencies(@Args() args: AgenciesArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return findAgencies(context, info, args);
  }

  /** Compiled into the root statement, which has already applied `first`. */
  @FieldResolver(() => [Mission], { description: 'Missions this agency operates or took part in, by launch date.' })
  missions(@Root() agency: Agency, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) _first: number) {
    return projected(agency, info);
  }
}
