import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Agency } from '../agencies/agency.type';
import type { GraphContext } from '../context';
import { Event } from '../events/event.type';
import { Mission } from '../missions/mission.type';
import { Target } from '../targets/target.type';
import { deleteEntity, importGraph, upsert } from './graphWrites';
import { ImportReport } from './importReport.type';
import { AgencyInput, EventInput, GraphImportInput, MissionInput, RecordInput, TargetInput } from './write.inputs';

@Resolver()
export class WriteResolver {
  @Mutation(() => Agency, { description: 'Create or replace; referenced ids must exist (else BAD_USER_INPUT, nothing written).' })
  upsertAgency(@Arg('input', () => AgencyInput) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'agencies', input);
  }

  @Mutation(() => Target)
  upsertTarget(@Arg('input', () => TargetInput) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'targets', input);
  }

  @Mutation(() => Mission)
  upsertMission(@Arg('input', () => MissionInput) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'missions', input);
  }

  @Mutation(() => Event)
  upsertEvent(@Arg('input', () => EventInput) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'events', input);
  }

  @Mutation(() => Boolean, { description: 'Removes the entity and its relationships; removing a mission removes its events. NOT_FOUND when absent.' })
  deleteEntity(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return deleteEntity(context, id);
  }

  @Mutation(() => ImportReport, { description: 'All or nothing, in one transaction: with any error nothing is written.' })
  importGraph(
    @Arg('input', () => GraphImportInput) input: GraphImportInput,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean,
    @Ctx() context: GraphContext,
  ) {
    return importGraph(context, input, dryRun ?? false);
  }
}
