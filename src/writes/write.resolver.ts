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

/** Every mutation needs an editor's token (Authorization: Bearer …) and is logged in the change log. */
const UPSERT = "Create or replace one entity from its whole record, in one transaction; referenced ids must exist (else BAD_USER_INPUT, nothing written). An editor's token is required.";
const RECORD = 'The whole record: its id says which entity.';

@Resolver()
export class WriteResolver {
  @Mutation(() => Agency, { description: UPSERT })
  upsertAgency(@Arg('input', () => AgencyInput, { description: RECORD }) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'agencies', input);
  }

  @Mutation(() => Target, { description: UPSERT })
  upsertTarget(@Arg('input', () => TargetInput, { description: RECORD }) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'targets', input);
  }

  @Mutation(() => Mission, { description: UPSERT })
  upsertMission(@Arg('input', () => MissionInput, { description: RECORD }) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'missions', input);
  }

  @Mutation(() => Event, { description: UPSERT })
  upsertEvent(@Arg('input', () => EventInput, { description: RECORD }) input: RecordInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return upsert(context, info, 'events', input);
  }

  @Mutation(() => Boolean, { description: 'Removes the entity and its relationships; removing a mission removes its events. NOT_FOUND when absent.' })
  deleteEntity(@Arg('id', () => ID, { description: 'The entity to remove.' }) id: string, @Ctx() context: GraphContext) {
    return deleteEntity(context, id);
  }

  @Mutation(() => ImportReport, { description: 'All or nothing, in one transaction: with any error nothing is written.' })
  importGraph(
    @Arg('input', () => GraphImportInput, { description: 'The records to create or replace, of any kinds, up to 10,000 and more.' }) input: GraphImportInput,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check everything and count what would change, but write nothing.' }) dryRun: boolean,
    @Ctx() context: GraphContext,
  ) {
    return importGraph(context, input, dryRun ?? false);
  }
}
